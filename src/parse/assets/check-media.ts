/**
 * What a media file's bytes are, against what its name says. A file renamed rather than converted
 * (an iPhone photo saved as .jpg, a .mov renamed .mp4, a web page saved in place of a video) looks
 * right to the author, often plays on the author's own Mac, and breaks on the learners' devices.
 * Judged from the first bytes (each format's signature) and, for MP4, from the codec of each track
 * (the sample entries in its `moov` box), reading only box headers: a few small reads per file.
 */

/** Reads bytes of one file at a position (fewer at its end); the file's size. */
export interface ByteReader {
  readonly size: number;
  read(into: Uint8Array, position: number): number;
}

/** A format known by its signature. */
export type MediaFormat =
  | 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'heic' | 'tiff'
  | 'mp4' | 'quicktime' | 'webm' | 'avi'
  | 'mp3' | 'ogg' | 'wav' | 'flac'
  | 'pdf' | 'zip' | 'office'
  | 'text' | 'empty';

/** What the check found wrong with a file, if anything. */
export type MediaFinding =
  /** The bytes are another format than the name says (or none known: `found` undefined). */
  | { kind: 'not-its-type'; expected: MediaFormat; found: MediaFormat | undefined }
  /** An image of another format than its name: browsers show it anyway. */
  | { kind: 'misnamed'; found: MediaFormat; extension: string }
  /** An MP4 whose video or audio is in a codec many browsers cannot play. */
  | { kind: 'codec'; codec: string }
  /** A video heavier than a learner's connection carries: `bitsPerSecond` on average over `seconds`. */
  | { kind: 'heavy'; bitsPerSecond: number; seconds: number }
  /** A video whose index (its `moov` box) comes after its media: it plays only once the browser has fetched the file's end. */
  | { kind: 'index-at-end' }
  /** A picture of more bytes than a lesson needs; its size in pixels where its format says it early. */
  | { kind: 'heavy-image'; bytes: number; width?: number; height?: number };

/** Names of the formats in messages: "is not a PNG image: it is a HEIC image (…)". */
export const formatLabels: Record<MediaFormat, string> = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  heic: 'a HEIC image (the iPhone photo format)',
  tiff: 'a TIFF image',
  mp4: 'an MP4 file',
  quicktime: 'a QuickTime movie',
  webm: 'a WebM or Matroska (.mkv) video',
  avi: 'an AVI video',
  mp3: 'an MP3 recording',
  ogg: 'an Ogg file',
  wav: 'a WAV recording',
  flac: 'a FLAC recording',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (as Word, PowerPoint and Excel files are)',
  office: 'an older Office document (.doc, .ppt, .xls)',
  text: 'a text file',
  empty: 'empty',
};

/** The format each checked extension promises; others (svg, vtt, md, txt) are text the build reads. */
const expectedFormat: Record<string, MediaFormat> = {
  png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp', avif: 'avif',
  mp4: 'mp4', m4a: 'mp4', webm: 'webm', mp3: 'mp3', ogg: 'ogg', oga: 'ogg', wav: 'wav', pdf: 'pdf',
};

/** Whether files named with `extension` (lower case, no dot) are checked: pictures, recordings, videos and PDFs. */
export function checksExtension(extension: string): boolean {
  return expectedFormat[extension] !== undefined;
}

/** The extension to rename an image to. */
const imageExtensions: Partial<Record<MediaFormat, string>> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif' };

/**
 * Codecs of MP4 tracks (their sample entry's four letters) that many browsers cannot play, with
 * their names. Others (H.264 `avc1`, AAC `mp4a`, Opus, VP9…) play everywhere, or are not judged.
 */
export const limitedCodecs: Record<string, string> = {
  hvc1: 'HEVC (H.265) video',
  hev1: 'HEVC (H.265) video',
  av01: 'AV1 video',
  mp4v: 'MPEG-4 Part 2 video',
  apch: 'Apple ProRes video',
  apcn: 'Apple ProRes video',
  apcs: 'Apple ProRes video',
  apco: 'Apple ProRes video',
  ap4h: 'Apple ProRes video',
  ap4x: 'Apple ProRes video',
  'ac-3': 'Dolby Digital audio',
  'ec-3': 'Dolby Digital Plus audio',
  alac: 'Apple Lossless audio',
  sowt: 'uncompressed (PCM) audio',
  twos: 'uncompressed (PCM) audio',
  lpcm: 'uncompressed (PCM) audio',
};

/**
 * The average rate above which a video stalls on busy Wi-Fi or mobile data, where a learner gets a
 * few Mbit/s: a package's video is played as one file, at one rate, with no lower one to fall back
 * on. An interview at 720p in H.264 needs some 2–3 Mbit/s; a phone records 1080p at 15 or more.
 */
export const heavyVideoBitsPerSecond = 5_000_000;

/**
 * Bytes above which a picture costs a learner more than a lesson shows of it: a phone's photo
 * (3–5 MB, 4,000 pixels wide) where a lesson shows at most 736 pixels (1,472 on sharp screens),
 * which a JPEG holds in a few hundred KB.
 */
export const heavyImageBytes = 1024 * 1024;

/** How much of a file's start is read to know its format (PDF's signature may stand anywhere in its first KiB). */
const headBytes = 1024;

/** Checks the file named with `extension` (lower case, no dot): what is wrong with it, none when it is what its name says (or is not checked). */
export function checkMedia(extension: string, file: ByteReader): MediaFinding[] {
  return examine(extension, file).findings;
}

/**
 * What a course reads of a media file at its first use (see `checkMedia`), and, for a picture,
 * its size for its `<img>` (see `pictureSize`): the file's format is told from its first bytes once.
 */
export function mediaFacts(extension: string, file: ByteReader): { findings: MediaFinding[]; size: PictureSize | undefined } {
  const { findings, found } = examine(extension, file);
  return { findings, size: found === undefined ? undefined : pictureSize(file, found) };
}

/** `checkMedia`'s findings, with the format the file's first bytes say (undefined: none known, or not checked). */
function examine(extension: string, file: ByteReader): { findings: MediaFinding[]; found?: MediaFormat } {
  const expected = expectedFormat[extension];
  if (expected === undefined) return { findings: [] };
  const found = formatOf(file, headBytes);
  const findings = (): MediaFinding[] => {
    if (found === expected || (expected === 'mp4' && found === 'quicktime')) {
      if (expected === 'mp4') return checkMp4(extension, file);
      return imageExtensions[expected] !== undefined && file.size > heavyImageBytes ? [{ kind: 'heavy-image', bytes: file.size, ...imageSize(expected, file) }] : [];
    }
    // An MP3 may start with a frame this check does not know: only a format that is surely not one says so.
    if (found === undefined && expected === 'mp3') return [];
    const foundImage = found === undefined ? undefined : imageExtensions[found];
    if (foundImage !== undefined && imageExtensions[expected] !== undefined) return [{ kind: 'misnamed', found: found!, extension: foundImage }];
    return [{ kind: 'not-its-type', expected, found }];
  };
  return { findings: findings(), ...(found !== undefined ? { found } : {}) };
}

/** The format `file`'s first `bytes` bytes say ('empty' for no bytes at all). */
function formatOf(file: ByteReader, bytes: number): MediaFormat | undefined {
  if (file.size === 0) return 'empty';
  const head = new Uint8Array(Math.min(bytes, file.size));
  return detectFormat(head.subarray(0, file.read(head, 0)));
}

/**
 * An MP4's codecs many browsers cannot play, and (a video) an average rate a busy connection cannot
 * carry, and an index after the media.
 */
function checkMp4(extension: string, file: ByteReader): MediaFinding[] {
  const { codecs, seconds, indexAtEnd } = readMp4(file);
  const findings: MediaFinding[] = [];
  const codec = codecs.find((fourcc) => limitedCodecs[fourcc] !== undefined);
  if (codec !== undefined) findings.push({ kind: 'codec', codec });
  // Whole seconds: a clip of a moment says little of its rate.
  if (extension === 'mp4' && seconds !== undefined && seconds >= 1) {
    const bitsPerSecond = (file.size * 8) / seconds;
    if (bitsPerSecond > heavyVideoBitsPerSecond) findings.push({ kind: 'heavy', bitsPerSecond, seconds });
  }
  // A recording (.m4a) is small enough to fetch whole; a video is not.
  if (extension === 'mp4' && indexAtEnd) findings.push({ kind: 'index-at-end' });
  return findings;
}

/** Which advice `asset-not-its-type` gives (see its hint): by what the name promises, or a copy again when the bytes are no media. */
export function adviceFor(extension: string, found: MediaFormat | undefined): 'image' | 'video' | 'audio' | 'document' | 'copy' {
  if (found === undefined || found === 'text' || found === 'empty') return 'copy';
  const expected = expectedFormat[extension];
  if (expected === 'pdf') return 'document';
  if (expected !== undefined && imageExtensions[expected] !== undefined) return 'image';
  return extension === 'mp4' || extension === 'webm' ? 'video' : 'audio';
}

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length));

/** The format of a file from its first bytes; undefined when none known. */
export function detectFormat(head: Uint8Array): MediaFormat | undefined {
  const at = (start: number, text: string): boolean => ascii(head, start, text.length) === text;
  const bytes = (...values: number[]): boolean => values.every((value, index) => head[index] === value);
  if (bytes(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (bytes(0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 'GIF8')) return 'gif';
  if (at(0, 'RIFF')) return at(8, 'WEBP') ? 'webp' : at(8, 'WAVE') ? 'wav' : at(8, 'AVI ') ? 'avi' : undefined;
  if (at(4, 'ftyp')) return brandFormat(head);
  // QuickTime movies older than the ftyp box start with one of these.
  if (['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].includes(ascii(head, 4, 4))) return 'quicktime';
  if (bytes(0x1a, 0x45, 0xdf, 0xa3)) return 'webm';
  if (at(0, 'OggS')) return 'ogg';
  if (at(0, 'fLaC')) return 'flac';
  if (at(0, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  if (ascii(head, 0, head.length).includes('%PDF-')) return 'pdf';
  if (bytes(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'office';
  if (at(0, 'II*\u0000') || at(0, 'MM\u0000*')) return 'tiff';
  return looksLikeText(head) ? 'text' : undefined;
}

/** An ISO media file by its brands (major and compatible): an AVIF or HEIC image, a QuickTime movie, else MP4. */
function brandFormat(head: Uint8Array): MediaFormat {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const boxEnd = Math.min(head.length, view.getUint32(0));
  const brands = [ascii(head, 8, 4)];
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(ascii(head, offset, 4));
  if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  if (brands.some((brand) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand))) return 'heic';
  return brands[0] === 'qt  ' ? 'quicktime' : 'mp4';
}

/** No NUL and almost no other control characters: text (or HTML), not media. */
function looksLikeText(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) control++;
  }
  return control * 50 <= head.length;
}

/** A picture's size in pixels. */
export interface PictureSize {
  width: number;
  height: number;
}

/**
 * The size in pixels of a PNG, GIF, WebP, JPEG or AVIF, whatever its name says (its `format`, told
 * from its first bytes unless given: 64 are enough for every signature and an AVIF's brands);
 * undefined for other files, or where its header does not say.
 */
export function pictureSize(file: ByteReader, format = formatOf(file, 64)): PictureSize | undefined {
  const size = format === undefined ? undefined : imageSize(format, file);
  return size && 'width' in size && size.width > 0 && size.height > 0 ? { width: size.width, height: size.height } : undefined;
}

/** A PNG's, GIF's, WebP's, JPEG's or AVIF's size in pixels, from its header (a JPEG's frame header, after its metadata; an AVIF's item properties); none for others. */
export function imageSize(format: MediaFormat, file: ByteReader): { width: number; height: number } | Record<string, never> {
  const bytes = new Uint8Array(30);
  const view = new DataView(bytes.buffer);
  const read = (position: number): number => file.read(bytes, position);
  if (format === 'png' && read(0) >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (format === 'gif' && read(0) >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (format === 'avif') return avifSize(file);
  if (format === 'webp') {
    const length = read(0);
    const chunk = ascii(bytes, 12, 4);
    const u24 = (at: number): number => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    if (chunk === 'VP8X' && length >= 30) return { width: u24(24) + 1, height: u24(27) + 1 };
    if (chunk === 'VP8 ' && length >= 30) return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    if (chunk === 'VP8L' && length >= 25) {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
  }
  if (format === 'jpeg') {
    // Segment by segment from the start-of-image marker to a start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
    for (let offset = 2, segments = 0; segments < 1000 && read(offset) >= 9 && bytes[0] === 0xff; segments++) {
      const marker = bytes[1]!;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: view.getUint16(7), height: view.getUint16(5) };
      offset += 2 + view.getUint16(2);
    }
  }
  return {};
}

/** The boxes an MP4 track's codec is under: moov → trak → mdia → minf → stbl → stsd. */
const trackPath = ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsd'];
/** Boxes read at most: a damaged file stops the walk, never the build. */
const maxBoxes = 4096;

/** What an MP4's boxes say: the codec (first sample entry's four letters) of every track, its duration, and where its index is. */
export interface Mp4Facts {
  codecs: string[];
  /** From the movie header; undefined when it has none (a fragmented MP4, as a recorder writes, may not know it). */
  seconds: number | undefined;
  /**
   * The movie box (`moov`, the index of the samples: which bytes hold which moment) comes after the
   * media box (`mdat`), as a camera or an editor writes it unless told to put it first ("fast
   * start", "web optimized"). A browser must have the index to play anything, so it fetches the
   * file's end first: one more request, and where the server does not send parts of files, the
   * whole file before the first frame.
   */
  indexAtEnd: boolean;
}

/**
 * The boxes of an ISO media file (MP4, AVIF) from `start` to `end`, in order: each one's type and
 * where its content starts and ends, given to `visit`. Stops at a box that does not fit, and after
 * `budget.boxes` boxes in all: a damaged file stops the walk, never the build.
 */
function eachBox(file: ByteReader, start: number, end: number, budget: { boxes: number }, visit: (type: string, content: number, boxEnd: number) => void): void {
  const header = new Uint8Array(16);
  const view = new DataView(header.buffer);
  for (let offset = start; offset + 8 <= end && budget.boxes-- > 0; ) {
    if (file.read(header, offset) < 8) return;
    let size = view.getUint32(0);
    const type = ascii(header, 4, 4);
    let content = offset + 8;
    if (size === 1) {
      if (file.read(header, offset) < 16) return;
      size = Number(view.getBigUint64(8));
      content = offset + 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < content - offset || offset + size > end) return;
    visit(type, content, offset + size);
    offset += size;
  }
}

/** Reads an MP4's codecs and duration from its box headers (and its movie header), never its media. */
export function readMp4(file: ByteReader): Mp4Facts {
  const header = new Uint8Array(32);
  const view = new DataView(header.buffer);
  const budget = { boxes: maxBoxes };
  const codecs: string[] = [];
  let seconds: number | undefined;
  let mediaSeen = false;
  let indexAtEnd = false;
  /** The boxes from `start` to `end`, `depth` boxes down the path to a track's codec. */
  const walk = (start: number, end: number, depth: number): void =>
    eachBox(file, start, end, budget, (type, content, boxEnd) => {
      if (depth === 1 && type === 'mvhd') seconds = movieSeconds(content);
      if (depth === 0 && type === 'moov' && mediaSeen) indexAtEnd = true;
      if (depth === 0 && type === 'mdat') mediaSeen = true;
      if (type !== trackPath[depth]) return;
      // A full box (version and flags), its entry count, then the first entry's size and four letters.
      if (type === 'stsd') {
        if (file.read(header.subarray(0, 16), content) >= 16) codecs.push(ascii(header, 12, 4));
      } else {
        walk(content, boxEnd, depth + 1);
      }
    });
  /** The movie header's duration in seconds: version 0 has 32-bit times, version 1 64-bit. */
  const movieSeconds = (content: number): number | undefined => {
    if (file.read(header, content) < 32) return undefined;
    const [timescale, duration] = header[0] === 1 ? [view.getUint32(20), Number(view.getBigUint64(24))] : [view.getUint32(12), view.getUint32(16)];
    return timescale > 0 && duration > 0 && duration !== 0xffffffff ? duration / timescale : undefined;
  };
  walk(0, file.size, 0);
  return { codecs, seconds, indexAtEnd };
}

/**
 * An AVIF's size in pixels: the largest of the image sizes (`ispe`) among its item properties
 * (meta → iprp → ipco), the whole picture's, where the others are a thumbnail's or, in a picture
 * made of tiles, a tile's. Box headers only, as for an MP4.
 */
function avifSize(file: ByteReader): { width: number; height: number } | Record<string, never> {
  const bytes = new Uint8Array(12);
  const view = new DataView(bytes.buffer);
  const budget = { boxes: maxBoxes };
  let found: { width: number; height: number } | undefined;
  const path = ['meta', 'iprp', 'ipco'];
  const walk = (start: number, end: number, depth: number): void =>
    eachBox(file, start, end, budget, (type, content, boxEnd) => {
      if (depth === path.length && type === 'ispe' && file.read(bytes, content) >= 12) {
        // A full box (version and flags), then the width and the height.
        const size = { width: view.getUint32(4), height: view.getUint32(8) };
        if (!found || size.width * size.height > found.width * found.height) found = size;
      } else if (type === path[depth]) {
        // meta is a full box: its children start after its version and flags.
        walk(type === 'meta' ? content + 4 : content, boxEnd, depth + 1);
      }
    });
  walk(0, file.size, 0);
  return found && found.width > 0 && found.height > 0 ? found : {};
}

/** The codec of every track of an MP4 (see `readMp4`). */
export function trackCodecs(file: ByteReader): string[] {
  return readMp4(file).codecs;
}

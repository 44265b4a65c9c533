/**
 * The first bytes of each media format: enough for the build's check that a file is what its name
 * says (src/parse/assets/check-media.ts), for tests whose media is never played.
 */
export const mediaBytes = {
  png: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]),
  /** An ftyp box, as every MP4 starts. */
  mp4: Uint8Array.from([0, 0, 0, 0x10, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0, 0]),
  /** An ID3 tag's header, as most MP3 files start. */
  mp3: Uint8Array.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]),
};

// MP4s built box by box, for tests of the build's media check: no HEVC or ProRes encoder runs here
// (test/parse/assets/recorded-media.test.ts checks real files Chromium records). Each box is its
// size, its four letters and its content (ISO 14496-12).
export const bytesOf = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
export const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
export const box = (type: string, ...content: number[][]): number[] => {
  const body = content.flat();
  return [...u32(8 + body.length), ...bytesOf(type), ...body];
};
/** A box with a 64-bit size (size field 1), as a large mdat has. */
export const largeBox = (type: string, body: number[]): number[] => [...u32(1), ...bytesOf(type), ...u32(0), ...u32(16 + body.length), ...body];
const sampleEntry = (codec: string): number[] => box(codec, new Array<number>(70).fill(0));
/** A track whose first sample entry is `codec` (`avc1`, `hvc1`, `mp4a`…). */
export const track = (codec: string): number[] =>
  box('trak', box('tkhd', new Array<number>(20).fill(0)), box('mdia', box('mdhd', new Array<number>(24).fill(0)), box('minf', box('stbl', box('stsd', u32(0), u32(1), sampleEntry(codec)), box('stts', u32(0), u32(0))))));
export const ftyp = (major: string, ...compatible: string[]): number[] => box('ftyp', bytesOf(major), u32(0), ...compatible.map(bytesOf));
/** An MP4 with a track of each codec, and a movie header without a duration. */
export const mp4 = (...codecs: string[]): number[] => [...ftyp('isom', 'isom', 'mp42'), ...box('moov', box('mvhd', new Array<number>(100).fill(0)), ...codecs.map(track))];

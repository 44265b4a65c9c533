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

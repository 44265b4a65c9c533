/**
 * The package would need Zip64 records (over 4 GB or 65,535 entries), which coursewright does not
 * write: LMSs cap uploads far below that (standards §0.8), and many extractors mishandle Zip64.
 * The message is lower-case so it reads as the reason in "Could not write …: <reason>."
 */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

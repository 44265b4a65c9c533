/** Plain-word reasons for the file-system errors people actually meet when writing packages. */
const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'a folder already has that name',
  EEXIST: 'a file is in the way',
  ENOENT: 'the file or folder does not exist',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is in use',
  EIO: 'the disk reported an input/output error',
  ELOOP: 'it is a symbolic link, which is never read from a course',
};

/**
 * Why a read or write failed, in a few plain words without a stack trace or an absolute path
 * (Node's own messages repeat the full path, which the diagnostic already names).
 */
export function describeFileError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  // A course file refused by the source (a link, a swapped file): its message is the plain reason.
  if (cause instanceof Error && cause.name === 'SourceFileError') return cause.message;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && reasons[code]) return reasons[code];
  // Node's message for any other system error names the absolute path: give the code alone.
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return `the system reported ${code}`;
  if (cause instanceof Error && cause.message) return firstLine(cause.message);
  return 'unknown error';
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? text;
  return line.replace(/[.\s]+$/, '');
}

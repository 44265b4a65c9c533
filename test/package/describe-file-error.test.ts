import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../src/package/describe-file-error.js';
import { SourceReadError } from '../../src/package/zip/source-read-error.js';
import { ZipLimitError } from '../../src/package/zip/zip-limit-error.js';

const fsError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('describeFileError', () => {
  it('says what went wrong in plain words, without the absolute path Node puts in its messages', () => {
    expect(describeFileError(fsError('ENOSPC', "ENOSPC: no space left on device, write '/home/me/dist/x.zip'"))).toBe('the disk is full');
    expect(describeFileError(fsError('EACCES', "EACCES: permission denied, open '/srv/x'"))).toBe('permission denied');
    expect(describeFileError(fsError('ENOTDIR', "ENOTDIR: not a directory, mkdir '/a/b'"))).toBe('part of the path is a file, not a folder');
  });

  it('never repeats the absolute path of a system error it has no words for', () => {
    expect(describeFileError(fsError('ENXIO', "ENXIO: no such device or address, open '/home/me/course/media/a.vtt'"))).toBe('the system reported ENXIO');
    expect(describeFileError(fsError('ELOOP', "ELOOP: too many symbolic links encountered, open '/home/me/x'"))).toBe('it is a symbolic link, which is never read from a course');
  });

  it('describes the cause of a read failure', () => {
    expect(describeFileError(new SourceReadError('media/a.mp4', fsError('EIO', 'EIO: i/o error, read')))).toBe(
      'the disk reported an input/output error',
    );
  });

  it('falls back to the first line of the message, without a trailing full stop', () => {
    expect(describeFileError(new ZipLimitError('a package without Zip64 holds at most 65535 files and folders.\n  at x'))).toBe(
      'a package without Zip64 holds at most 65535 files and folders',
    );
    expect(describeFileError('weird')).toBe('unknown error');
  });
});

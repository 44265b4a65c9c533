import { describe, expect, it } from 'vitest';
import { packageFileName } from '../../src/package/package-file-name.js';

describe('packageFileName', () => {
  it('is <course-id>-<target>-<version>.zip', () => {
    expect(packageFileName({ id: 'respect-at-work', version: '2027.1' }, 'scorm12')).toBe('respect-at-work-scorm12-2027.1.zip');
  });

  it('keeps only characters that are safe in file names everywhere', () => {
    expect(packageFileName({ id: 'fire', version: '1.0 beta/2' }, 'scorm12')).toBe('fire-scorm12-1.0-beta-2.zip');
    expect(packageFileName({ id: 'fire', version: '../../etc' }, 'scorm12')).toBe('fire-scorm12-etc.zip');
    expect(packageFileName({ id: 'fire', version: ' ' }, 'scorm12')).toBe('fire-scorm12.zip');
  });
});

import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import type { SiteFile } from '../../../src/model/site.js';
import { checkPackagePaths } from '../../../src/package/lint/check-package-paths.js';

function check(files: SiteFile[]) {
  const sink = createDiagnosticSink();
  const failed = checkPackagePaths(files, sink);
  return { failed, diagnostics: sink.diagnostics };
}
const rendered = (path: string): SiteFile => ({ path, content: '' });
const authored = (path: string): SiteFile => ({ path, source: path });

describe('checkPackagePaths', () => {
  it('accepts an ordinary site', () => {
    const result = check([rendered('index.html'), rendered('assets/coursewright.js'), authored('media/amara_v2.en.vtt')]);
    expect(result).toEqual({ failed: false, diagnostics: [] });
  });

  it.each([
    ['media/form.php', 'PHP script'],
    ['media/old.PHP5', 'PHP script'],
    ['scripts/run.sh', 'shell script'],
    ['media/page.aspx', 'ASP.NET page'],
    ['media/.htaccess', 'Apache server configuration'],
    ['tools/setup.exe', 'Windows program'],
  ])('rejects the server-side or executable file %s (standards §0.6)', (path, kind) => {
    const { failed, diagnostics } = check([authored(path)]);
    expect(failed).toBe(true);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'package-forbidden-file', severity: 'error', file: path, message: expect.stringContaining(`(${kind})`) }),
    ]);
  });

  it.each([
    ['media/Ward chart.png', 'it contains a space'],
    ['media/café.jpg', 'it contains "é"'],
    ['media/a#b&c.png', 'it contains "#", "&"'],
    ['/index.html', 'it starts with "/"'],
    ['media/../secret.txt', 'it contains a "." or ".." folder'],
    ['media//a.png', 'it has an empty folder name'],
    ['media\\a.png', 'it contains "\\"'],
  ])('rejects the unsafe path %j (standards §0.3, §0.5)', (path, reason) => {
    const { failed, diagnostics } = check([authored(path)]);
    expect(failed).toBe(true);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'package-unsafe-path', file: path, message: `Unexpected path "${path}" in the package: ${reason}; expected only A–Z, a–z, 0–9, ".", "_" and "-", in folders separated by "/".` }),
    ]);
  });

  it('rejects two files whose names differ only in case', () => {
    const { failed, diagnostics } = check([authored('media/Photo.jpg'), authored('media/photo.jpg')]);
    expect(failed).toBe(true);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'package-duplicate-path',
        file: 'media/photo.jpg',
        message: 'The package would hold both "media/Photo.jpg" and "media/photo.jpg", which differ only in upper and lower case.',
      }),
    ]);
  });

  it('rejects the same path twice, e.g. an author file named like a control document', () => {
    const { diagnostics } = check([authored('imsmanifest.xml'), rendered('imsmanifest.xml')]);
    expect(diagnostics.map((d) => d.message)).toEqual(['Two files would be stored as "imsmanifest.xml" in the package.']);
  });

  it('names rendered files by package path only, since they have no author file', () => {
    const { diagnostics } = check([rendered('bad name.html')]);
    expect(diagnostics[0]).not.toHaveProperty('file');
  });
});

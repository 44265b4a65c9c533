import type { SiteFile } from '../../model/site.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { SourceLocation } from '../../model/position.js';

/**
 * Server-side scripts and programs (standards §0.6). LMSs that unpack packages onto a web server
 * refuse them, since they could run there.
 */
const forbiddenExtensions: Record<string, string> = {
  '.asp': 'ASP page',
  '.aspx': 'ASP.NET page',
  '.bat': 'Windows batch file',
  '.cgi': 'CGI script',
  '.cmd': 'Windows batch file',
  '.exe': 'Windows program',
  '.jar': 'Java program',
  '.jsp': 'Java server page',
  '.phtml': 'PHP page',
  '.pl': 'Perl script',
  '.ps1': 'PowerShell script',
  '.py': 'Python script',
  '.rb': 'Ruby script',
  '.sh': 'shell script',
  '.shtml': 'server-side include',
};
const forbiddenNames: Record<string, string> = {
  '.htaccess': 'Apache server configuration',
  '.htpasswd': 'Apache password file',
  'web.config': 'IIS server configuration',
};

/** §0.5: ASCII letters, digits, ".", "_", "-" per segment, no empty, "." or ".." segments. */
const safeSegment = /^[A-Za-z0-9._-]+$/;

/**
 * Check every path that will go into the zip: no server-side files, only LMS-safe characters,
 * and no two files whose names clash (exactly, or only by letter case, which Windows and macOS
 * treat as the same file). Returns true when an error was reported.
 */
export function checkPackagePaths(files: readonly SiteFile[], sink: DiagnosticSink): boolean {
  let failed = false;
  const seen = new Map<string, string>();
  for (const file of files) {
    const details = { ...at(file), values: { path: file.path } };
    const kind = forbiddenKind(file.path);
    if (kind) {
      sink.report('package-forbidden-file', { ...details, values: { path: file.path, kind } });
      failed = true;
    }
    const reason = unsafeReason(file.path);
    if (reason) {
      sink.report('package-unsafe-path', { ...details, values: { path: file.path, reason } });
      failed = true;
    }
    const other = seen.get(file.path.toLowerCase());
    if (other !== undefined) {
      sink.report('package-duplicate-path', { ...details, values: { path: file.path, other } });
      failed = true;
    } else {
      seen.set(file.path.toLowerCase(), file.path);
    }
  }
  return failed;
}

function forbiddenKind(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (forbiddenNames[name]) return forbiddenNames[name];
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = name.slice(dot);
  if (/^\.php\d*$/.test(ext)) return 'PHP script';
  return forbiddenExtensions[ext];
}

function unsafeReason(path: string): string | undefined {
  if (path.startsWith('/')) return 'it starts with "/"';
  if (path.includes('\\')) return 'it contains "\\"';
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return 'it contains a "." or ".." folder';
  if (segments.some((s) => s === '')) return 'it has an empty folder name';
  const bad = segments.find((s) => !safeSegment.test(s));
  if (bad === undefined) return undefined;
  const chars = [...new Set([...bad].filter((c) => !/[A-Za-z0-9._-]/.test(c)))];
  return `it contains ${chars.map(describeChar).join(', ')}`;
}

function describeChar(char: string): string {
  if (char === ' ') return 'a space';
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) {
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  }
  return `"${char}"`;
}

/** Point at the author's file when the entry comes from the course folder. */
function at(file: SiteFile): { at?: SourceLocation } {
  return file.source !== undefined ? { at: { file: file.source } } : {};
}

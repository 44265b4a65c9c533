import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from '../model/position.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { diagnosticCodes } from '../diagnostics/codes.js';

/**
 * `--format sarif`: the problems of a build or validate run as a SARIF 2.1.0 log (OASIS), the
 * format code-scanning services read (GitHub's upload-sarif action shows each one on its line of
 * a pull request). One run, one rule per code that occurs, with the code's title; each problem's
 * message ends with its hint.
 */
export function toSarifLog(courses: readonly { dir: string; diagnostics: readonly Diagnostic[] }[], version: string, cwd = process.cwd()): SarifLog {
  const codes = [...new Set(courses.flatMap((c) => c.diagnostics.map((d) => d.code)))].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'coursewright',
          version,
          rules: codes.map((code) => {
            const info = (diagnosticCodes as Record<string, { title: string; severity: Severity } | undefined>)[code];
            return { id: code, shortDescription: { text: info?.title ?? code }, ...(info ? { defaultConfiguration: { level: levels[info.severity] } } : {}) };
          }),
        },
      },
      // Columns are counted as JavaScript counts a string's characters, as the parsers do.
      columnKind: 'utf16CodeUnits',
      results: courses.flatMap(({ dir, diagnostics }) => diagnostics.map((d) => ({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code)!,
        level: levels[d.severity],
        message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
        locations: [location(dir, d.file, d.range, cwd)],
        ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(dir, r.file ?? d.file, r.range, cwd), message: { text: r.message } })) } : {}),
      }))),
    }],
  };
}

const levels: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** A file of the course as a URI from the working folder (a repository's root in CI), or a file: URI when it is outside. */
function location(dir: string, file: string | undefined, range: Range | undefined, cwd: string): SarifLocation {
  const path = resolve(cwd, file === undefined ? dir : join(dir, file));
  const fromCwd = relative(cwd, path);
  const inside = fromCwd !== '' && !fromCwd.startsWith('..') && !isAbsolute(fromCwd);
  const uri = inside ? fromCwd.split(sep).map(encodeURIComponent).join('/') : pathToFileURL(path).href;
  return {
    physicalLocation: {
      artifactLocation: inside ? { uri, uriBaseId: '%SRCROOT%' } : { uri },
      ...(range ? { region: { startLine: range.start.line, startColumn: range.start.column, ...(range.end ? { endLine: range.end.line, endColumn: range.end.column } : {}) } } : {}),
    },
  };
}

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
  };
}

/** The parts of SARIF 2.1.0 this log uses. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration?: { level: SarifLevel } }[] } };
    columnKind: 'utf16CodeUnits';
    results: {
      ruleId: string;
      ruleIndex: number;
      level: SarifLevel;
      message: { text: string };
      locations: SarifLocation[];
      relatedLocations?: (SarifLocation & { id: number; message: { text: string } })[];
    }[];
  }[];
}

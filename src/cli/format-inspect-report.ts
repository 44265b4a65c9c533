import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, summarizeDiagnostics } from '../diagnostics/format-diagnostics.js';
import type { SavedStateReport } from '../inspect/describe-saved-state.js';
import type { PackageReport } from '../inspect/inspect-package.js';
import { standardNames } from '../inspect/manifest-facts.js';
import { scorm12ChoiceLetter } from '../model/scorm12-choice-letter.js';

/**
 * The readable report of one zip: what it is, what it launches, its size and what it reports,
 * then its diagnostics as clickable `zip:entry:line` lines with code and hint, then a summary.
 */
export function formatInspectReport(report: PackageReport, color: boolean): string {
  const facts = report.facts;
  const lines: string[] = [];
  const web = report.diagnostics.some((d) => d.code === 'inspect-web-package');
  const what = report.standard ? standardNames[report.standard] : web ? 'coursewright web package (for a web server, not an LMS)' : 'unknown package';
  lines.push(`${report.zip}: ${what}${facts?.title ? ` "${facts.title}"` : ''}${facts?.identifier ? ` (${facts.identifier})` : ''}`);
  if (report.manifest) {
    const validity = report.valid === undefined ? 'not checked against a schema' : report.valid ? 'valid' : 'INVALID';
    lines.push(`  manifest  ${report.manifest} (${validity})`);
  }
  if (facts?.launch) lines.push(`  launch    ${facts.launch}`);
  lines.push(`  files     ${report.files} files, ${size(report.unpackedBytes)} unpacked, ${size(report.zipBytes)} zipped`);
  if (report.largest.length) lines.push(`  largest   ${report.largest.map((f) => `${f.path} ${size(f.size)}`).join(', ')}`);
  const reports = [
    facts?.masteryScore !== undefined ? `mastery score ${facts.masteryScore}` : 'no mastery score',
    ...(facts?.moveOn ? [`moveOn ${facts.moveOn}`] : []),
    ...(facts?.items !== undefined ? [`${facts.items} ${facts.standard === 'cmi5' ? 'AU' : facts.standard === 'xapi' ? 'launchable activity' : 'item'}${facts.items === 1 ? '' : 's'}`] : []),
  ];
  if (facts) lines.push(`  reports   ${reports.join(', ')}`);
  const cw = report.coursewright;
  if (cw) {
    lines.push(`  made by coursewright: course "${cw.courseId}" version ${cw.version}, ${cw.interactions.length} interaction${cw.interactions.length === 1 ? '' : 's'}`);
    // A SCORM 1.2 report shows each choice's letter, not its id: both, as the report key pairs them.
    const named = (choices: readonly string[]): string => (facts?.standard === 'scorm12' ? choices.map((id, index) => `${scorm12ChoiceLetter(index) ?? '?'} (${id})`) : choices).join(', ');
    for (const i of cw.interactions) lines.push(`    ${i.id}  ${i.type}  (${i.block}${i.choices ? `; response one of ${named(i.choices)}` : ''})`);
  }
  if (report.savedState) lines.push(...savedStateLines(report.savedState));
  if (report.diagnostics.length) lines.push('', ...report.diagnostics.map((d) => formatDiagnostic(inZip(report.zip, d), { color })));
  const failed = report.diagnostics.some((d) => d.severity === 'error');
  lines.push(`${report.zip}: ${failed ? 'problems found' : 'ok'} (${summarizeDiagnostics(report.diagnostics)})`);
  return lines.join('\n');
}

/** A learner's saved progress as the package reads it (`inspect --state`), for whoever answers "my progress was lost". */
function savedStateLines(saved: SavedStateReport): string[] {
  const read = {
    empty: 'empty: nothing saved yet, the learner starts at the beginning',
    restored: 'read by this package as saved',
    updated: `read, from an earlier version of the course: progress kept, except in ${saved.changed.join(', ')}, which changed and start${saved.changed.length === 1 ? 's' : ''} again`,
    unreadable: `CANNOT be read, so the learner starts again: ${saved.reason ?? 'damaged'}`,
    'other-structure': `CANNOT be read, so the learner starts again: ${saved.reason ?? 'an earlier version'}`,
  }[saved.status];
  const opened = saved.lessons.flatMap((lesson, index) => (lesson.opened ? [index + 1] : []));
  // Read, yet nothing in it is this package's: the progress of another course or edition.
  const none = saved.notHere && !opened.length && !saved.blocks.length && !saved.changed.length;
  const lines = [`  saved progress (${saved.length.toLocaleString('en')} characters): ${none ? 'NOTHING in it is this package\'s: it holds the progress of another course or edition (or of lessons removed since), so the learner starts at the beginning' : read}`];
  if (saved.resumesAt) lines.push(`    resumes at  lesson ${saved.resumesAt.lesson} of ${saved.lessons.length}, "${saved.resumesAt.title}"`);
  if (saved.status === 'restored' || saved.status === 'updated') lines.push(`    opened      ${opened.length} of ${saved.lessons.length} lessons${opened.length ? ` (${opened.join(', ')})` : ''}`);
  saved.blocks.forEach((block, index) => {
    const what = [block.done ? 'done' : 'not finished', block.detail, block.score !== undefined ? `score ${block.score}` : undefined].filter(Boolean).join(', ');
    lines.push(`    ${index === 0 ? 'blocks      ' : '            '}${block.kind} ${block.id} (lesson ${block.lesson}): ${what}`);
  });
  if (saved.notHere) {
    const { lessons, blocks } = saved.notHere;
    const what = [lessons ? `${lessons} lesson${lessons === 1 ? '' : 's'}` : '', blocks.length ? `the block${blocks.length === 1 ? '' : 's'} ${blocks.join(', ')}` : ''].filter(Boolean).join(' and ');
    lines.push(`    not here    ${what}: not in this package (removed since, or of another course or edition), left out`);
  }
  if (saved.status !== 'empty') saved.toDo.forEach((item, index) => lines.push(`    ${index === 0 ? 'to do       ' : '            '}${item}`));
  if (saved.outcome) lines.push(`    reports     ${saved.outcome.status}${saved.outcome.score !== undefined ? `, score ${saved.outcome.score}` : ''}`);
  return lines;
}

/** `pkg.zip:imsmanifest.xml:12:1`, the form editors and CI logs link, like zip listings. */
function inZip(zip: string, d: Diagnostic): Diagnostic {
  return { ...d, file: d.file ? `${zip}:${d.file}` : zip };
}

function size(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return bytes >= 1000 ? `${Math.round(bytes / 1000)} KB` : `${bytes} B`;
}

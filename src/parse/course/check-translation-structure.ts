import type { AcknowledgementBlock, Block } from '../../model/blocks.js';
import type { Scenario, ScenarioScoring, ScenarioVariable } from '../../model/scenario.js';
import type { Course } from '../../model/course.js';
import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { translatedPath } from './translation-files.js';
import { passagesWhat } from '../../diagnostics/codes/edition-codes.js';

/** One list of ids to compare, where it stands in the translation, and which original it copies. */
interface IdList {
  what: string;
  ids: string[];
  at: SourceLocation;
  /** Where each id stands, when they stand apart (blocks): a mismatch points at the first that differs. */
  ats?: SourceLocation[];
  original: string;
}

/**
 * Report (`translation-structure-mismatch`) every place where a translated course has other ids
 * than the original: blocks of each lesson (with the editions they are limited to), scenario nodes
 * and choices, check options and practice techniques. Learner state and LMS reports are keyed by
 * these ids, so they must be the same in every language; only the words may differ.
 */
export function checkTranslationStructure(original: Course, translation: Course, sink: DiagnosticSink): void {
  // Each lesson is compared with its own translation, not with the one in its place: a translated
  // file that could not be read is left out of the translation, and its lesson with it.
  const translations = new Map(translation.lessons.map((lesson) => [lesson.file, lesson]));
  original.lessons.forEach((lesson) => {
    const translated = translations.get(translatedPath(lesson.file, translation.language));
    if (!translated) return; // missing or unreadable: already reported
    if (translated.id !== lesson.id) {
      sink.report('translation-structure-mismatch', { at: translated.idAt ?? translated.at, values: { what: 'lesson', original: lesson.file, expected: `"${lesson.id}"`, found: `"${translated.id}"` } });
    }
    const same = compare(lessonLists(lesson.blocks, lesson.file, translated.at), lessonLists(translated.blocks, lesson.file, translated.at), sink);
    // With the same ids, the same things must do the same: only then is each compared with its own.
    if (same) checkSameBehaviour(lesson.blocks, translated.blocks, lesson.file, sink);
  });
}

/** One setting of a translated block that must be the original's, where it stands in the translation. */
interface Setting {
  what: string;
  original: unknown;
  translated: unknown;
  at: SourceLocation;
  /** How the two are shown, when not as JSON (a condition as written). */
  shown?: [string, string];
}

/**
 * Report (`translation-changes-behaviour`) every setting a translation changes: which options are
 * right, where a choice leads and what it changes, a scenario's variables, endings and scores, a
 * policy's version. These are not words: in a translation that changed them, learners of that
 * language would be scored against another answer key, and their reports would not compare.
 */
function checkSameBehaviour(originals: readonly Block[], translations: readonly Block[], file: string, sink: DiagnosticSink): void {
  const byId = new Map(translations.flatMap((block) => ('id' in block ? [[`${block.kind} ${block.id}`, block] as const] : [])));
  for (const block of originals) {
    const translated = 'id' in block ? byId.get(`${block.kind} ${block.id}`) : undefined;
    if (!translated) continue;
    if (block.kind === 'acknowledgement' && translated.kind === 'acknowledgement') checkPolicyTitle(block, translated, file, sink);
    for (const setting of blockSettings(block, translated)) {
      if ((JSON.stringify(setting.original) ?? 'none') === (JSON.stringify(setting.translated) ?? 'none')) continue;
      const [expected, found] = setting.shown ?? [show(setting.original), show(setting.translated)];
      const original = block.kind === 'scenario' ? (block.scenario.at.file ?? file) : file;
      sink.report('translation-changes-behaviour', { at: setting.at, values: { what: setting.what, original, expected, found } });
    }
  }
}

/**
 * Warn (`translation-policy-title`) when a translated acknowledgement names its policy by another
 * title than the original's: reports give the original's in every language, so this one is not sent.
 */
function checkPolicyTitle(block: AcknowledgementBlock, translated: AcknowledgementBlock, file: string, sink: DiagnosticSink): void {
  if (!block.policy || !translated.policy || translated.policy.title === block.policy.title) return;
  sink.report('translation-policy-title', { at: translated.at, values: { id: block.id, original: file, expected: block.policy.title, found: translated.policy.title } });
}

/** The settings of a block and of its translation (the same kind, the same ids), side by side. */
function blockSettings(block: Block, translated: Block): Setting[] {
  const at = translated.at;
  if (block.kind === 'check' && translated.kind === 'check') {
    return [
      { what: `the type of the check "${block.id}"`, original: block.type, translated: translated.type, at },
      { what: `the attempts of the check "${block.id}"`, original: block.attempts, translated: translated.attempts, at },
      { what: `whether the check "${block.id}" is graded`, original: block.graded, translated: translated.graded, at },
      ...block.options.map((option, index) => {
        const other = translated.options[index]!;
        return { what: `whether the option "${option.id}" of the check "${block.id}" is right`, original: option.correct, translated: other.correct, at: other.at };
      }),
    ];
  }
  if (block.kind === 'practice' && translated.kind === 'practice') {
    return [
      { what: `the mode of the practice "${block.id}"`, original: block.mode, translated: translated.mode, at },
      ...block.techniques.map((technique, index) => {
        const other = translated.techniques[index]!;
        return { what: `whether the technique "${technique.id}" of the practice "${block.id}" is recommended`, original: technique.recommended, translated: other.recommended, at: other.at };
      }),
    ];
  }
  if (block.kind === 'reflection' && translated.kind === 'reflection') {
    return [
      { what: `how the reflection "${block.id}" is kept and reported`, original: [block.confirm, block.report, block.session ?? false], translated: [translated.confirm, translated.report, translated.session ?? false], at },
    ];
  }
  if (block.kind === 'acknowledgement' && translated.kind === 'acknowledgement') {
    return [
      { what: `whether the acknowledgement "${block.id}" is required`, original: block.required, translated: translated.required, at },
      // A translation that names no policy reports the original's (see `parseTranslations`).
      ...(translated.policy ? [{ what: `the policy version of the acknowledgement "${block.id}"`, original: block.policy?.version, translated: translated.policy.version, at }] : []),
    ];
  }
  if (block.kind === 'scenario' && translated.kind === 'scenario') return scenarioSettings(block.scenario, translated.scenario);
  return [];
}

/** A scenario's start, variables, nodes (their choices and routes) and scoring: everything but words. */
function scenarioSettings(scenario: Scenario, translated: Scenario): Setting[] {
  const name = `the scenario "${scenario.id}"`;
  const settings: Setting[] = [
    { what: `the start of ${name}`, original: scenario.start, translated: translated.start, at: translated.at },
    { what: `what learners may do in ${name} (allowRewind, allowRestart)`, original: [scenario.allowRewind, scenario.allowRestart], translated: [translated.allowRewind, translated.allowRestart], at: translated.at },
    // Variable by variable and rule by rule, at each, in words. (An ending's score is the ending's.)
    ...scenario.variables.map((variable, index) => {
      const other = translated.variables[index];
      const named = other?.id !== variable.id;
      return { what: `the variable "${variable.id}" of ${name}`, original: variableOf(variable), translated: other && variableOf(other), at: other?.at ?? translated.at, shown: [showVariable(variable, named), other ? showVariable(other, named) : 'none'] as [string, string] };
    }),
    { what: `the weight of ${name} in the course score`, original: scenario.scoring?.weight ?? null, translated: translated.scoring?.weight ?? null, at: translated.at },
    ...(scenario.scoring?.thresholds ?? []).map((threshold, index) => {
      const other = translated.scoring?.thresholds[index];
      const rule = (t: typeof threshold | undefined): unknown => (t ? [t.when, t.points] : null);
      return { what: `the score rule ${index + 1} of ${name} (scoring.thresholds)`, original: rule(threshold), translated: rule(other), at: other?.at ?? translated.at, shown: [showThreshold(threshold), showThreshold(other)] as [string, string] };
    }),
  ];
  // A variable or a rule the translation adds, which the original has not.
  for (const variable of translated.variables.slice(scenario.variables.length)) settings.push({ what: `the variables of ${name}`, original: null, translated: variableOf(variable), at: variable.at, shown: ['none', showVariable(variable, true)] });
  const extra = translated.scoring?.thresholds.slice(scenario.scoring?.thresholds.length ?? 0) ?? [];
  for (const threshold of extra) settings.push({ what: `the score rules of ${name} (scoring.thresholds)`, original: null, translated: [threshold.when, threshold.points], at: threshold.at, shown: ['none', showThreshold(threshold)] });
  scenario.nodes.forEach((node, index) => {
    const other = translated.nodes[index]!;
    const ending = (end: typeof node.end) => (end ? [end.outcome ?? null, end.score ?? null] : null);
    settings.push({ what: `the ending of the node "${node.id}"`, original: ending(node.end), translated: ending(other.end), at: other.at, shown: [showEnding(node.end), showEnding(other.end)] });
    node.choices.forEach((choice, c) => {
      const theirs = other.choices[c]!;
      const of = `the choice "${choice.id}" of "${node.id}"`;
      settings.push(
        { what: `where ${of} leads`, original: choice.goto, translated: theirs.goto, at: theirs.gotoAt },
        { what: `what ${of} changes (effects)`, original: sorted(choice.effects), translated: sorted(theirs.effects), at: theirs.at, shown: [showEffects(choice.effects), showEffects(theirs.effects)] },
        { what: `when ${of} is offered`, original: choice.when ?? null, translated: theirs.when ?? null, at: theirs.whenAt ?? theirs.at, shown: [showWhen(choice.whenSource), showWhen(theirs.whenSource)] },
        { what: `whether ${of} is recommended`, original: choice.recommended, translated: theirs.recommended, at: theirs.at },
      );
    });
    const routes = (list: typeof node.routes) => list.map((route) => [route.when ?? null, route.goto]);
    settings.push({ what: `the routes of the node "${node.id}"`, original: routes(node.routes), translated: routes(other.routes), at: other.routes[0]?.at ?? other.at });
  });
  return settings;
}

function variableOf(variable: ScenarioVariable): unknown {
  return [variable.id, variable.initial, variable.min, variable.max, variable.visible, variable.better];
}

function showVariable(variable: ScenarioVariable, named: boolean): string {
  return `${named ? `"${variable.id}": ` : ''}initial ${variable.initial}, from ${variable.min} to ${variable.max}, ${variable.visible ? 'shown' : 'hidden'}, ${variable.better} is better`;
}

function showEnding(end: Scenario['nodes'][number]['end']): string {
  return end ? `an ending, ${end.outcome ?? 'no outcome'}${end.score !== undefined ? `, score ${end.score}` : ''}` : 'not an ending';
}

function showThreshold(threshold: ScenarioScoring['thresholds'][number] | undefined): string {
  return threshold ? `"${threshold.whenSource}" adds ${threshold.points}` : 'none';
}

/** A value as the message shows it: text quoted, nothing as "none". */
function show(value: unknown): string {
  return value === undefined || value === null ? 'none' : JSON.stringify(value);
}

function showEffects(effects: Record<string, number>): string {
  const entries = sorted(effects);
  return entries.length ? `{ ${entries.map(([id, change]) => `${id}: ${change}`).join(', ')} }` : 'none';
}

function showWhen(source: string | undefined): string {
  return source === undefined ? 'always' : JSON.stringify(source);
}

/** A map's entries in key order, so that the order they were written in does not count. */
function sorted(map: Record<string, number>): [string, number][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function lessonLists(blocks: readonly Block[], original: string, lessonAt: SourceLocation): IdList[] {
  const interactive = blocks.filter((block) => block.kind !== 'markdown');
  // Text limited to some editions (`:::only`), which has no id: its editions, passage by passage.
  const passages = blocks.filter((block) => block.kind === 'markdown' && block.editions);
  const lists: IdList[] = [
    { what: 'block', ids: interactive.map((block) => ('id' in block ? block.id : '') + (block.editions ? ` (editions: ${block.editions.join(' ')})` : '')), at: lessonAt, ats: interactive.map((block) => block.at), original },
    { what: passagesWhat, ids: passages.map((block) => block.editions!.join(' ')), at: lessonAt, ats: passages.map((block) => block.at), original },
  ];
  for (const block of interactive) {
    if (block.kind === 'scenario') {
      const file = block.scenario.at.file ?? original;
      lists.push({ what: `node (scenario "${block.id}")`, ids: block.scenario.nodes.map((node) => node.id), at: block.scenario.at, ats: block.scenario.nodes.map((node) => node.at), original: file });
      for (const node of block.scenario.nodes) {
        lists.push({ what: `choice (node "${node.id}")`, ids: node.choices.map((choice) => choice.id), at: node.at, original: file });
      }
    } else if (block.kind === 'check') {
      lists.push({ what: `option (check "${block.id}")`, ids: block.options.map((option) => option.id), at: block.at, ats: block.options.map((option) => option.at), original });
    } else if (block.kind === 'practice') {
      lists.push({ what: `technique (practice "${block.id}")`, ids: block.techniques.map((technique) => technique.id), at: block.at, ats: block.techniques.map((technique) => technique.at), original });
    }
  }
  return lists;
}

/** Compare list by list, in order; a list the translation lacks is reported at the lesson. True when all are the same. */
function compare(originals: readonly IdList[], translations: readonly IdList[], sink: DiagnosticSink): boolean {
  const byWhat = new Map(translations.map((list) => [list.what, list]));
  let same = originals.length === translations.length;
  for (const list of originals) {
    const translated = byWhat.get(list.what);
    const found = translated?.ids ?? [];
    if (translated && sameIds(list.ids, found)) continue;
    same = false;
    // The choices of a node the translation does not have (renamed, dropped): its node list says so.
    if (!translated && list !== originals[0] && list.what !== passagesWhat) continue;
    const differs = list.ids.findIndex((id, index) => id !== found[index]);
    const at = translated?.ats?.[differs === -1 ? list.ids.length : differs] ?? translated?.at ?? translations[0]!.at;
    sink.report('translation-structure-mismatch', { at, values: { what: list.what, original: list.original, expected: quoteIds(list.ids), found: quoteIds(found) } });
  }
  return same;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function quoteIds(ids: readonly string[]): string {
  return ids.length ? ids.map((id) => `"${id}"`).join(', ') : 'none';
}

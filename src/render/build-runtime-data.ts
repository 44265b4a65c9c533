import { createHash } from 'node:crypto';
import type { Block, ScenarioBlock } from '../model/blocks.js';
import type { Course } from '../model/course.js';
import type { RuntimeBlock, RuntimeData, RuntimeScenario } from '../model/runtime-data.js';
import { recommendedPath } from '../graph/recommended-path.js';
import { contactLink } from '../model/contact-link.js';
import { stateLayout } from '../model/state-layout.js';

/** The data the browser runtime reads: everything it needs, nothing it must parse. */
export function buildRuntimeData(course: Course, strings: Record<string, string>): RuntimeData {
  const blocks: RuntimeBlock[] = [];
  course.lessons.forEach((lesson, index) => {
    for (const block of lesson.blocks) {
      const runtime = runtimeBlock(block, index);
      if (runtime) blocks.push(runtime);
    }
  });
  const lessons = course.lessons.map((l) => ({ id: l.id, title: l.title, ...(l.minutes !== undefined ? { minutes: l.minutes } : {}) }));
  return {
    schema: 1,
    course: {
      id: course.id,
      iri: course.iri,
      title: course.title,
      version: course.version,
      language: course.language,
      structureHash: structureHash(course),
      ...editionTitle(course),
    },
    lessons,
    state: stateLayout(lessons, blocks),
    completion: course.completion,
    ...(course.masteryScore !== undefined ? { masteryScore: course.masteryScore } : {}),
    ...(course.retake !== 'none' ? { retake: course.maxRetakes !== undefined ? { limit: course.maxRetakes } : {} } : {}),
    ...(course.support.resources.length > 0 ? { support: supportWithLinks(course.support) } : {}),
    ...(course.completionRecord ? { completionRecord: true } : {}),
    ...(course.reporting.decisions !== 'all' ? { decisions: course.reporting.decisions } : {}),
    ...(course.reporting.reflections === 'session' ? { personalSession: true } : {}),
    blocks,
    strings,
  };
}

/** `{ edition: title }` of the edition a narrowed course holds; nothing when it has none. */
function editionTitle(course: Course): { edition?: string } {
  const id = course.variant?.edition;
  const title = id === undefined ? undefined : course.editions?.find((edition) => edition.id === id)?.title;
  return title ? { edition: title } : {};
}

/** The support resources with the phone number or e-mail in each contact found, ready to link. */
export function supportWithLinks(support: Course['support']): NonNullable<RuntimeData['support']> {
  return {
    ...support,
    resources: support.resources.map((resource) => {
      const link = resource.contact ? contactLink(resource.contact) : undefined;
      return link ? { ...resource, contactLink: link } : resource;
    }),
  };
}

function runtimeBlock(block: Block, lesson: number): RuntimeBlock | undefined {
  switch (block.kind) {
    case 'markdown':
    case 'content-note':
      return undefined;
    case 'interview':
      return { kind: 'interview', id: block.id, lesson, speaker: block.speaker };
    case 'scenario':
      return runtimeScenario(block, lesson);
    case 'check':
      return {
        kind: 'check', id: block.id, lesson, type: block.type, prompt: block.promptText, attempts: block.attempts, graded: block.graded,
        options: block.options.map((o) => ({ id: o.id, code: o.code, text: o.text, correct: o.correct, ...(o.feedbackHtml ? { feedbackHtml: o.feedbackHtml } : {}) })),
      };
    case 'reflection':
      return { kind: 'reflection', id: block.id, lesson, prompt: block.promptText, confirm: block.confirm, report: block.report, ...(block.session ? { session: block.session } : {}) };
    case 'practice':
      return {
        kind: 'practice', id: block.id, lesson, mode: block.mode, situation: block.situationText,
        techniques: block.techniques.map((t) => ({ id: t.id, code: t.code, label: t.label, text: t.text, recommended: t.recommended, ...(t.feedbackHtml ? { feedbackHtml: t.feedbackHtml } : {}) })),
      };
    case 'acknowledgement':
      return { kind: 'acknowledgement', id: block.id, lesson, statement: block.statementText, required: block.required, ...(block.policy ? { policy: block.policy } : {}) };
  }
}

function runtimeScenario(block: ScenarioBlock, lesson: number): RuntimeScenario {
  const s = block.scenario;
  return {
    kind: 'scenario',
    id: block.id,
    lesson,
    title: s.title,
    start: s.start,
    variables: s.variables.map((v) => ({ id: v.id, label: v.label, initial: v.initial, min: v.min, max: v.max, visible: v.visible, ...(v.better === 'lower' ? { lowerIsBetter: true as const } : {}) })),
    nodes: s.nodes.map((n) => {
      const rendered = block.rendered[n.id];
      return {
        id: n.id,
        ...(n.title ? { title: n.title } : {}),
        html: rendered?.html ?? '',
        ...(n.speaker ? { speaker: n.speaker } : {}),
        ...(n.media ? { media: { src: n.media.path, kind: n.media.kind, ...(n.media.alt !== undefined ? { alt: n.media.alt } : {}) } } : {}),
        choices: n.choices.map((c) => ({
          id: c.id,
          html: rendered?.choices[c.id]?.html ?? '',
          text: rendered?.choices[c.id]?.text ?? c.text,
          ...(rendered?.choices[c.id]?.consequenceHtml ? { consequenceHtml: rendered.choices[c.id]?.consequenceHtml } : {}),
          effects: c.effects,
          goto: c.goto,
          ...(c.when ? { when: c.when } : {}),
          recommended: c.recommended,
        })),
        routes: n.routes.map((r) => ({ goto: r.goto, ...(r.when ? { when: r.when } : {}) })),
        ...(n.end ? { end: { ...(n.end.outcome ? { outcome: n.end.outcome } : {}), ...(n.end.outcomeLabel ? { outcomeLabel: n.end.outcomeLabel } : {}) } } : {}),
      };
    }),
    allowRewind: s.allowRewind,
    allowRestart: s.allowRestart,
    recommendedPath: recommendedPath(s),
    ...(s.scoring
      ? { scoring: { ends: s.scoring.ends, thresholds: s.scoring.thresholds.map((t) => ({ when: t.when, points: t.points })), weight: s.scoring.weight } }
      : {}),
  };
}

/**
 * A short hash of what saved learner state refers to (lessons, blocks, nodes, choices, options),
 * as saved states of format 1 carry it. Kept unchanged so those states still restore when the
 * structure is the same; newer states map through `stateLayout` instead.
 */
export function structureHash(course: Course): string {
  const parts: string[] = [];
  for (const lesson of course.lessons) {
    parts.push(`L:${lesson.id}`);
    for (const block of lesson.blocks) {
      if (block.kind === 'markdown') continue;
      parts.push(`B:${block.kind}:${block.id}`);
      if (block.kind === 'scenario') for (const n of block.scenario.nodes) parts.push(`N:${n.id}:${n.choices.map((c) => c.id).join(',')}`);
      if (block.kind === 'check') parts.push(`O:${block.options.length}`);
      if (block.kind === 'practice') parts.push(`T:${block.techniques.length}:${block.mode}`);
    }
  }
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 10);
}

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { decisionId } from '../../../src/model/decision-id.js';
import type { RuntimeBlock, RuntimeScenarioNode } from '../../../src/model/runtime-data.js';
import { buildReportKey } from '../../../src/package/report-key/build-report-key.js';
import { buildRuntimeData } from '../../../src/render/build-runtime-data.js';
import type { InteractionRecord } from '../../../src/runtime/block-api.js';
import { acknowledgementRecord } from '../../../src/runtime/blocks/acknowledgement/acknowledgement-record.js';
import { checkRecord } from '../../../src/runtime/blocks/check/grade-check.js';
import { decisionRecord } from '../../../src/runtime/blocks/engine/decision-record.js';
import { practiceScenario } from '../../../src/runtime/blocks/practice/practice-scenario.js';
import { formatResponse } from '../../../src/runtime/tracking/scorm12-interaction.js';
import { blocksCourse } from '../../runtime/blocks/fixtures/blocks-course.js';

/**
 * Every record the runtime's own record builders make for a course, one per response a learner
 * can give (each option, each choice of each step, each technique), built the way the mounted
 * blocks call them.
 */
function everyRecord(blocks: readonly RuntimeBlock[]): InteractionRecord[] {
  const decisions = (id: string, node: RuntimeScenarioNode): InteractionRecord[] => {
    const offered = node.choices.map((choice, index) => ({ choice, index }));
    return node.choices.map((_choice, index) => decisionRecord({ id, node, index, offered, description: '' }));
  };
  return blocks.flatMap((block): InteractionRecord[] => {
    switch (block.kind) {
      case 'check':
        return block.options.map((option) => checkRecord(block, [option.code]));
      case 'scenario':
        return block.nodes.flatMap((node) => decisions(decisionId(block.id, node.id), node));
      case 'practice': {
        if (block.mode === 'choose') return decisions(block.id, practiceScenario(block).nodes[0] as RuntimeScenarioNode);
        const choices = block.techniques.map((t) => ({ id: t.id, text: t.label || t.text }));
        return block.techniques.map((t) => ({ id: block.id, type: 'sequencing', description: '', response: [t.id], result: 'neutral', choices }));
      }
      case 'acknowledgement':
        return [acknowledgementRecord(block)];
      case 'reflection':
        return block.report ? [{ id: block.id, type: 'long-fill-in', description: '', response: [''], result: 'neutral' }] : [];
      case 'interview':
        return [];
    }
  });
}

const trueFalseCourse = {
  'course.yml': 'id: tf\ntitle: TF\nlanguage: es\nlessons: [lessons/one.md]\n',
  'lessons/one.md': [
    '---', 'title: Uno', '---',
    ':::check{#q-green type=true-false graded}', '\u00bfEl cielo es verde?', '', '- [x] Falso', '- [ ] Verdadero', ':::', '',
    ':::check{#q-late type=true-false}', 'Too late to help?', '', '- [x] False.', '- [ ] True.', ':::', '',
  ].join('\n'),
};

/** Each course, how to compile it, and whether it has anything to report. */
const courses: [string, () => Promise<Awaited<ReturnType<typeof compileCourse>>>, boolean][] = [
  ['getting-started', () => compileCourse({ dir: join(import.meta.dirname, '..', '..', '..', 'courses', 'getting-started'), validateOnly: true }), false],
  ['respect-at-work', () => compileCourse({ dir: join(import.meta.dirname, '..', '..', '..', 'courses', 'respect-at-work'), validateOnly: true }), true],
  ['the blocks course', () => compileCourse({ files: blocksCourse, validateOnly: true }), true],
  // True or false by its word, in another language or with a full stop, the false option first.
  ['true-or-false checks in any order', () => compileCourse({ files: trueFalseCourse, validateOnly: true }), true],
];

describe.each(courses)('the report key of %s', (_name, compile, interactive) => {
  it('holds exactly the interaction ids and response codes (ids and SCORM 1.2 letters) the runtime can send', async () => {
    const { course, diagnostics } = await compile();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!course) throw new Error('no course');
    const data = buildRuntimeData(course, {});
    const records = everyRecord(data.blocks);
    const rows = buildReportKey(course);
    const key = new Set(rows.map((row) => [row.interactionId, row.responseCode, row.scorm12Code].join(' | ')));
    expect(rows.length > 0).toBe(interactive);
    // Each option's response as sent reads, in the key, as the words the learner chose.
    for (const block of data.blocks) {
      if (block.kind !== 'check') continue;
      for (const option of block.options) {
        const sent = checkRecord(block, [option.code]).response.join(',');
        expect(rows.find((row) => row.interactionId === block.id && row.responseCode === sent)?.responseText, `${block.id} ${sent}`).toBe(option.text);
      }
    }
    for (const record of records) {
      // The response, as sent by its id and as SCORM 1.2 sends it, by its letter…
      expect(key).toContain([record.id, record.response.join(','), formatResponse(record, record.response)].join(' | '));
      // …and each right answer the record names, marked as such.
      if (record.type === 'sequencing') continue;
      for (const right of record.correct ?? []) {
        expect(key).toContain([record.id, right, formatResponse(record, [right])].join(' | '));
        expect(rows.find((row) => row.interactionId === record.id && row.responseCode === right)?.expected).toMatch(/^(correct|recommended)$/);
      }
    }
    // No interaction in the key that the runtime never sends.
    expect([...new Set(rows.map((row) => row.interactionId))].sort()).toEqual([...new Set(records.map((record) => record.id))].sort());
  });
});

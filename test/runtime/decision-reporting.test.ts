/// <reference lib="dom" />
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RuntimeAcknowledgement, RuntimeData, RuntimeScenarioNode } from '../../src/model/runtime-data.js';
import type { InteractionRecord } from '../../src/runtime/block-api.js';
import { acknowledgementRecord } from '../../src/runtime/blocks/acknowledgement/acknowledgement-record.js';
import { scenarioSummaryRecord } from '../../src/runtime/blocks/engine/scenario-summary-record.js';
import { sendsRecord } from '../../src/runtime/shell/decision-policy.js';
import { toScorm12Interaction } from '../../src/runtime/tracking/scorm12-interaction.js';
import { toScorm2004Interaction } from '../../src/runtime/tracking/scorm2004-interaction.js';
import { describeInteraction } from '../../src/runtime/tracking/xapi/describe-interaction.js';
import type { DraftContext } from '../../src/runtime/tracking/xapi/draft-context.js';
import { interactionDraft } from '../../src/runtime/tracking/xapi/interaction-draft.js';
import { stampStatement } from '../../src/runtime/tracking/xapi/stamp-statement.js';
import { uuidV4 } from '../../src/runtime/tracking/xapi/uuid-v4.js';
import { validateStatement } from '../support/lrs/validate-statement.js';
import { breakRoom } from './blocks/fixtures/break-room.js';
import { courseData, courseIri, records, speakUp } from './xapi/course-data.js';

const context: DraftContext = { courseActivity: courseIri, iri: courseIri, language: 'en-GB', newId: () => uuidV4(webcrypto), now: () => Date.UTC(2027, 0, 5, 9, 30, 15, 250) };
const actor = { objectType: 'Agent' as const, name: 'Ann', account: { homePage: 'https://lms.example.org', name: 'ann-1' } };
const at = new Date(Date.UTC(2027, 0, 5, 9, 30, 15));

function statementOf(data: Pick<RuntimeData, 'blocks'>, record: InteractionRecord) {
  return stampStatement(interactionDraft(context, { record, lesson: speakUp }, describeInteraction(data, record)), { actor, language: 'en-GB' });
}

const endOf = (id: string): RuntimeScenarioNode => {
  const node = breakRoom().nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

describe('reporting.decisions in the block host', () => {
  const summary = { summary: true } as const;
  it.each([
    // policy, block kind, a decision record sent?, the scenario summary sent?
    [undefined, 'scenario', true, false],
    ['anonymous-score', 'scenario', false, true],
    ['none', 'scenario', false, false],
    [undefined, 'practice', true, false],
    ['anonymous-score', 'practice', false, false],
    ['none', 'practice', false, false],
  ] as const)('under %s a %s sends decisions: %s, its summary: %s', (policy, kind, decision, whole) => {
    expect(sendsRecord(policy, kind, {})).toBe(decision);
    if (kind === 'scenario') expect(sendsRecord(policy, kind, summary)).toBe(whole);
  });

  it.each(['check', 'acknowledgement', 'reflection'] as const)('always sends a %s', (kind) => {
    for (const policy of [undefined, 'anonymous-score', 'none'] as const) expect(sendsRecord(policy, kind, {})).toBe(true);
  });
});

describe('the scenario summary (anonymous-score)', () => {
  it('of a scored scenario is its points as numeric, with no path, choice or latency', () => {
    const record = scenarioSummaryRecord(breakRoom(), endOf('good-end'), { trust: 70, safety: 80, hidden: 0 });
    expect(record).toEqual({ id: 'break-room', type: 'numeric', description: 'The break-room comment: score (0–100)', response: ['100'], result: 'neutral', summary: true });
    // Every standard takes it as it is: SCORM 1.2 `numeric`, SCORM 2004 and xAPI `numeric`.
    expect(toScorm12Interaction(record, 0, at)).toEqual(expect.arrayContaining([['cmi.interactions.0.type', 'numeric'], ['cmi.interactions.0.student_response', '100']]));
    expect(toScorm2004Interaction(record, { id: 'break-room', language: 'en' }, at)).toEqual(expect.arrayContaining([['type', 'numeric'], ['learner_response', '100']]));
  });

  it('of an unscored scenario is its outcome as a choice among the fixed outcomes, never the ending\'s own label', () => {
    const scenario = { ...breakRoom(), scoring: undefined };
    const record = scenarioSummaryRecord(scenario, endOf('mixed-end'), {});
    expect(record).toMatchObject({ id: 'break-room', type: 'choice', response: ['mixed'], result: 'neutral' });
    expect(JSON.stringify(record)).not.toContain('Things are uneasy');
    expect(toScorm12Interaction(record, 0, at)).toEqual(expect.arrayContaining([['cmi.interactions.0.student_response', 'b']]));
    const statement = statementOf({ blocks: [scenario] }, record);
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.object.definition).toMatchObject({ name: { 'en-GB': 'The break-room comment: outcome' }, interactionType: 'choice' });
    expect(statement.result).toEqual({ response: 'mixed' });
  });
});

describe('an acknowledgement of a named policy', () => {
  const ack: RuntimeAcknowledgement = {
    kind: 'acknowledgement', id: 'ack-policy', lesson: 1, required: true,
    statement: 'I have read and understood the Dignity at Work Policy.', policy: { title: 'Dignity at Work Policy', version: '2027-01' },
  };

  it('sends the policy and version as its response and at the head of its description', () => {
    const record = acknowledgementRecord(ack);
    expect(record).toMatchObject({
      id: 'ack-policy', type: 'fill-in', response: ['Acknowledged: Dignity at Work Policy, version 2027-01'],
      description: 'Acknowledged: Dignity at Work Policy, version 2027-01 — I have read and understood the Dignity at Work Policy.',
    });
    expect(toScorm12Interaction(record, 3, at)).toEqual(expect.arrayContaining([
      ['cmi.interactions.3.type', 'fill-in'],
      ['cmi.interactions.3.student_response', 'Acknowledged: Dignity at Work Policy, version 2027-01'],
    ]));
    // The time of day it was given (SCORM 1.2 has no date here; the LMS records that).
    expect(toScorm12Interaction(record, 3, at).find(([key]) => key === 'cmi.interactions.3.time')?.[1]).toMatch(/^\d\d:30:15$/);
    expect(toScorm2004Interaction(record, { id: 'ack-policy', language: 'en' }, at)).toEqual(expect.arrayContaining([
      ['description', '{lang=en}Acknowledged: Dignity at Work Policy, version 2027-01 — I have read and understood the Dignity at Work Policy.'],
    ]));
  });

  it('keeps the description within SCORM 2004\'s 250 characters', () => {
    const long = acknowledgementRecord({ ...ack, statement: 'I agree. '.repeat(60) });
    expect(long.description.length).toBeLessThanOrEqual(250);
    expect(long.description.startsWith('Acknowledged: Dignity at Work Policy, version 2027-01 — I agree.')).toBe(true);
  });

  it('is accepted in xAPI with the policy in the name, the description and a result extension under the course IRI', () => {
    const data = { blocks: [...courseData.blocks.filter((b) => b.kind !== 'acknowledgement'), ack] };
    const statement = statementOf(data, acknowledgementRecord(ack));
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.verb.id).toBe('http://activitystrea.ms/schema/1.0/accept');
    expect(statement.object.definition).toEqual({
      name: { 'en-GB': 'Acknowledged: Dignity at Work Policy, version 2027-01' },
      description: { 'en-GB': 'Acknowledged: Dignity at Work Policy, version 2027-01 — I have read and understood the Dignity at Work Policy.' },
    });
    expect(statement.result).toEqual({ extensions: { [`${courseIri}/extensions/policy`]: { title: 'Dignity at Work Policy', version: '2027-01' } } });
    expect(statement.timestamp).toBe('2027-01-05T09:30:15.250Z');
  });

  it('without a policy is reported as before: true-false, true, no extension', () => {
    const plain = acknowledgementRecord({ ...ack, policy: undefined });
    expect(plain).toEqual({ id: 'ack-policy', type: 'true-false', description: ack.statement, response: ['true'], result: 'neutral' });
    expect(statementOf(courseData, records.acknowledgement).result).toBeUndefined();
  });
});

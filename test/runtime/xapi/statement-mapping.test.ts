/// <reference lib="dom" />
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../../src/runtime/block-api.js';
import { englishStrings, selectPlayerStrings } from '../../../src/model/strings/player-strings.js';
import type { RuntimeScenarioChoice, RuntimeScenarioNode } from '../../../src/model/runtime-data.js';
import { decisionRecord } from '../../../src/runtime/blocks/engine/decision-record.js';
import { courseDraft, courseObject, lessonDraft, resultOf } from '../../../src/runtime/tracking/xapi/course-drafts.js';
import { describeInteraction } from '../../../src/runtime/tracking/xapi/describe-interaction.js';
import type { DraftContext } from '../../../src/runtime/tracking/xapi/draft-context.js';
import { interactionDraft } from '../../../src/runtime/tracking/xapi/interaction-draft.js';
import { stampStatement } from '../../../src/runtime/tracking/xapi/stamp-statement.js';
import { uuidV4 } from '../../../src/runtime/tracking/xapi/uuid-v4.js';
import type { StatementDraft, XapiStatement } from '../../../src/runtime/tracking/xapi/xapi-statement.js';
import { validateStatement } from '../../support/lrs/validate-statement.js';
import { courseData, courseIri, records, speakUp } from './course-data.js';

const context: DraftContext = { courseActivity: courseIri, iri: courseIri, language: 'en-GB', newId: () => uuidV4(webcrypto), now: () => Date.UTC(2027, 0, 5, 9, 30, 15, 250) };
const actor = { objectType: 'Agent' as const, name: 'Ann', account: { homePage: 'https://lms.example.org', name: 'ann-1' } };
const registration = 'f6a9f6a1-6e1e-4d0c-9d6c-2a1a43b8b9c1';

function sent(draft: StatementDraft): XapiStatement {
  return stampStatement(draft, { actor, registration, language: 'en-GB' });
}

function answered(record: InteractionRecord): XapiStatement {
  return sent(interactionDraft(context, { record, lesson: speakUp }, describeInteraction(courseData, record)));
}

describe('xAPI statements built from course changes', () => {
  it('pass @learninglocker/xapi-validation, every kind of them', () => {
    const statements = [
      ...Object.values(records).map(answered),
      sent(lessonDraft(context, speakUp)),
      sent(courseDraft(context, 'initialized', courseObject(context, 'Respect at work'))),
      sent(courseDraft(context, 'completed', courseObject(context, 'Respect at work'), resultOf('completed', 'completed', 72.5, 61_000, { scoreOnCompleted: true }))),
      sent(courseDraft(context, 'passed', courseObject(context, 'Respect at work'), resultOf('passed', 'passed', 85, 61_000, { scoreOnCompleted: false }))),
      sent(courseDraft(context, 'failed', courseObject(context, 'Respect at work'), resultOf('failed', 'failed', 40, 61_000, { scoreOnCompleted: false }))),
      sent(courseDraft(context, 'terminated', courseObject(context, 'Respect at work'), { duration: 'PT1M1S' })),
    ];
    for (const statement of statements) expect(validateStatement(statement), statement.verb.id).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('give every statement a v4 UUID, a UTC timestamp in milliseconds, the actor unchanged and the registration', () => {
    const statement = answered(records.check);
    expect(statement.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statement.timestamp).toBe('2027-01-05T09:30:15.250Z');
    expect(statement.actor).toBe(actor);
    expect(statement.context).toMatchObject({ registration, language: 'en-GB' });
  });

  it('carry version 2.0.0 only for an xAPI 2.0 LRS', () => {
    const draft = lessonDraft(context, speakUp);
    expect(sent(draft)).not.toHaveProperty('version');
    expect(stampStatement(draft, { actor, language: 'en-GB', version: '2.0.0' }).version).toBe('2.0.0');
  });

  it('report a check as an answered choice interaction an LRS can show without a codebook', () => {
    const statement = answered(records.check);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.object).toEqual({
      objectType: 'Activity',
      id: `${courseIri}/interactions/q-signs`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'en-GB': 'Which of these is an early warning sign of harassment at work?' },
        description: { 'en-GB': 'Which of these is an early warning sign of harassment at work?' },
        interactionType: 'choice',
        correctResponsesPattern: ['jokes'],
        choices: [
          { id: 'help', description: { 'en-GB': 'A colleague asks for help' } },
          { id: 'jokes', description: { 'en-GB': "Jokes at one person's expense" } },
        ],
      },
    });
    expect(statement.result).toEqual({ response: 'jokes', success: true, duration: 'PT4.2S' });
    expect(statement.context?.contextActivities).toEqual({
      parent: [{ objectType: 'Activity', id: `${courseIri}/lessons/speak-up`, definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'en-GB': 'Speaking up' } } }],
      grouping: [{ objectType: 'Activity', id: courseIri }],
    });
  });

  it('give a scenario decision its scenario and situation as title, one pattern per recommended choice', () => {
    const statement = answered(records.decision);
    expect(statement.object.definition).toMatchObject({
      name: { 'en-GB': 'The break room: A joke too far' },
      description: { 'en-GB': 'Sam laughs at a joke about Priya.' },
      correctResponsesPattern: ['name-it', 'ask-later'],
    });
    expect(statement.result).toMatchObject({ response: 'laugh', success: false, duration: 'PT9S' });
  });

  it('give a decision its whole situation, which SCORM 2004 gets cut to 250 characters', () => {
    const situation = `${'Lee looks at Priya and grins while the others go quiet around the kettle. '.repeat(4)}Then he says: "Well, the night shift just got a lot more interesting."`;
    const choices: RuntimeScenarioChoice[] = records.decision.choices!.map((c) => ({ ...c, html: c.text, effects: {}, goto: 'end', recommended: c.id !== 'laugh' }));
    const intro: RuntimeScenarioNode = { id: 'intro', html: '', choices, routes: [] };
    const record = decisionRecord({ id: 'break-room.intro', node: intro, index: 0, offered: choices.map((choice, index) => ({ choice, index })), description: situation });
    expect(record.description.length).toBeLessThanOrEqual(250);
    expect(answered(record).object.definition?.description).toEqual({ 'en-GB': situation });
  });

  it('leave result.success and the correct pattern out where the course knows no right answer', () => {
    const decision = answered(records.neutralDecision);
    expect(decision.result).toEqual({ response: 'laugh' });
    expect(decision.object.definition).not.toHaveProperty('correctResponsesPattern');
    const reflection = answered(records.reflection);
    expect(reflection.object.definition).toMatchObject({ interactionType: 'long-fill-in', name: { 'en-GB': 'What would you do differently next time?' } });
    expect(reflection.result).toEqual({ response: 'I would speak up sooner, and "check in" afterwards.' });
  });

  it('join sequencing and multiple responses with [,] and answer true-false with true/false', () => {
    expect(answered(records.order).result?.response).toBe('listen[,]name[,]plan');
    expect(answered(records.order).object.definition?.correctResponsesPattern).toEqual(['listen[,]name[,]plan']);
    expect(answered({ ...records.check, response: ['help', 'jokes'], correct: ['help', 'jokes'] }).object.definition?.correctResponsesPattern).toEqual(['help[,]jokes']);
    const trueFalse = answered(records.trueFalse);
    expect(trueFalse.result?.response).toBe('false');
    expect(trueFalse.object.definition).toMatchObject({ interactionType: 'true-false', correctResponsesPattern: ['false'] });
    expect(trueFalse.object.definition).not.toHaveProperty('choices');
  });

  it('report an acknowledgement as accepted, with the statement the learner agreed to', () => {
    const statement = answered(records.acknowledgement);
    expect(statement.verb).toEqual({ id: 'http://activitystrea.ms/schema/1.0/accept', display: { 'en-US': 'accepted' } });
    expect(statement.object.definition).toEqual({
      name: { 'en-GB': 'I have read and understood the respect at work policy.' },
      description: { 'en-GB': 'I have read and understood the respect at work policy.' },
    });
    expect(statement).not.toHaveProperty('result');
  });

  it('name each verb in the course language too, where the course\u2019s player strings word it otherwise, English beside it', () => {
    const spanish = { ...context, language: 'es', strings: selectPlayerStrings('es').strings };
    const draft = interactionDraft(spanish, { record: records.check, lesson: speakUp }, describeInteraction(courseData, records.check));
    expect(draft.verb).toEqual({ id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', es: 'respondió' } });
    expect(courseDraft(spanish, 'passed', courseObject(spanish, 'Respeto')).verb.display).toEqual({ 'en-US': 'passed', es: 'aprobó' });
    expect(answered(records.check).verb.display).toEqual({ 'en-US': 'answered' });
    // An English course's strings name the verbs as the statement does already.
    const english = interactionDraft({ ...context, strings: englishStrings }, { record: records.check, lesson: speakUp }, describeInteraction(courseData, records.check));
    expect(english.verb.display).toEqual({ 'en-US': 'answered' });
    // A course's own wording (course.yml strings) is the name given.
    expect(courseDraft({ ...context, language: 'de', strings: { 'verb.passed': 'bestanden' } }, 'passed', courseObject(context, 'Respekt')).verb.display).toEqual({ 'en-US': 'passed', de: 'bestanden' });
    expect(validateStatement(sent(draft))).toEqual([]);
  });

  it('report a lesson as experienced, with the course as parent', () => {
    const statement = sent(lessonDraft(context, speakUp));
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(statement.object.id).toBe(`${courseIri}/lessons/speak-up`);
    expect(statement.context?.contextActivities).toEqual({ parent: [{ objectType: 'Activity', id: courseIri }] });
  });

  it('score passed and failed as scaled 0..1 with raw, min and max; completed only with completion', () => {
    expect(resultOf('passed', 'passed', 85.5, 3_723_450, { scoreOnCompleted: false })).toEqual({ success: true, duration: 'PT1H2M3.45S', score: { scaled: 0.855, raw: 85.5, min: 0, max: 100 } });
    expect(resultOf('completed', 'passed', 85.5, 500, { scoreOnCompleted: true })).toEqual({ completion: true, duration: 'PT0.5S' });
    expect(resultOf('completed', 'completed', 72, 0, { scoreOnCompleted: false })).toEqual({ completion: true, duration: 'PT0S' });
    expect(resultOf('completed', 'completed', 72, 0, { scoreOnCompleted: true }).score).toEqual({ scaled: 0.72, raw: 72, min: 0, max: 100 });
  });

  it('cut a very long reflection so that a statement always fits in one keepalive request', () => {
    const statement = answered({ ...records.reflection, response: ['é'.repeat(50_000)] });
    expect(statement.result?.response).toHaveLength(8000);
    expect(Buffer.byteLength(JSON.stringify(statement))).toBeLessThan(60_000);
  });
});

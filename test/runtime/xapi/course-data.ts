/// <reference lib="dom" />
// Course data and interaction records shaped as the renderer and the blocks make them, for the
// xAPI and cmi5 adapter tests (Node: the runtime's types mention DOM types, its code needs none).
import type { InteractionRecord } from '../../../src/runtime/block-api.js';
import type { RuntimeData } from '../../../src/model/runtime-data.js';

export const courseIri = 'https://courses.example.org/respect';

export const courseData: RuntimeData = {
  schema: 1,
  course: { id: 'respect', iri: courseIri, title: 'Respect at work', version: '2027.1', language: 'en-GB', structureHash: 'h1' },
  lessons: [
    { id: 'welcome', title: 'Welcome' },
    { id: 'speak-up', title: 'Speaking up' },
  ],
  state: { lessons: ['w00', 's00'], blocks: { 'q-signs': 'q00', 'break-room': 'b00', 'p-order': 'p00', 'r-think': 'r00', 'ack-policy': 'a00' } },
  completion: ['all-lessons', 'checks'],
  masteryScore: 80,
  blocks: [
    {
      kind: 'check', id: 'q-signs', lesson: 1, type: 'single', prompt: 'Which of these is an early warning sign of harassment at work?', attempts: 0, graded: true,
      options: [
        { id: 'help', code: 'a', text: 'A colleague asks for help', correct: false },
        { id: 'jokes', code: 'b', text: "Jokes at one person's expense", correct: true },
      ],
    },
    {
      kind: 'scenario', id: 'break-room', lesson: 1, title: 'The break room', start: 'intro', variables: [], allowRewind: false, allowRestart: false, recommendedPath: ['intro'],
      nodes: [{ id: 'intro', title: 'A joke too far', html: '<p>Sam laughs at a joke about Priya.</p>', choices: [], routes: [] }],
    },
    { kind: 'practice', id: 'p-order', lesson: 1, mode: 'order', situation: 'Put the steps of speaking up in order.', techniques: [] },
    { kind: 'reflection', id: 'r-think', lesson: 1, prompt: 'What would you do differently next time?', confirm: false, report: true },
    { kind: 'acknowledgement', id: 'ack-policy', lesson: 1, statement: 'I have read and understood the respect at work policy.', required: true },
  ],
  strings: {},
};

export const speakUp = { id: 'speak-up', title: 'Speaking up' };

/** One record of every kind the blocks report. */
export const records = {
  check: { id: 'q-signs', type: 'choice', description: 'Which of these is an early warning sign?', response: ['jokes'], correct: ['jokes'], result: 'correct', latencyMs: 4200, choices: [{ id: 'help', text: 'A colleague asks for help' }, { id: 'jokes', text: "Jokes at one person's expense" }] },
  trueFalse: { id: 'q-signs', type: 'true-false', description: 'Jokes are always harmless.', response: ['false'], correct: ['false'], result: 'correct' },
  decision: { id: 'break-room.intro', type: 'choice', description: 'Sam laughs at a joke about Priya.', response: ['laugh'], correct: ['name-it', 'ask-later'], correctAlternatives: true, result: 'incorrect', latencyMs: 9000, choices: [{ id: 'laugh', text: 'Laugh along' }, { id: 'name-it', text: 'Say it is not funny' }, { id: 'ask-later', text: 'Check in with Priya later' }] },
  neutralDecision: { id: 'break-room.intro', type: 'choice', description: 'Sam laughs at a joke about Priya.', response: ['laugh'], result: 'neutral', choices: [{ id: 'laugh', text: 'Laugh along' }, { id: 'leave', text: 'Leave the room' }] },
  order: { id: 'p-order', type: 'sequencing', description: 'Put the steps in order.', response: ['listen', 'name', 'plan'], correct: ['listen', 'name', 'plan'], result: 'correct', choices: [{ id: 'name', text: 'Name the behaviour' }, { id: 'listen', text: 'Listen' }, { id: 'plan', text: 'Agree a next step' }] },
  reflection: { id: 'r-think', type: 'long-fill-in', description: 'What would you do differently next time?', response: ['I would speak up sooner, and "check in" afterwards.'], result: 'neutral' },
  acknowledgement: { id: 'ack-policy', type: 'true-false', description: 'I have read and understood the respect at work policy.', response: ['true'], result: 'neutral' },
} satisfies Record<string, InteractionRecord>;

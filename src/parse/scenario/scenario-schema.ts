import { z } from 'zod';

/**
 * A `translation-of` hash, compared as written in the file (see readTranslationOf): an all-digit
 * hash such as 93730050 reads as a YAML number, and is as good as the quoted one.
 */
const translationOf = z.union([z.string(), z.number()]).optional();

/** Words learners see: blank ones would be an empty button, debrief or meter name. */
const shown = (): z.ZodString => z.string().regex(/\S/, 'expected text, found none');

/** Who speaks in a node: a plain name, or name, role and portrait. */
export const speakerSchema = z
  .union(
    [
      shown().describe('Name of the person speaking.'),
      z.strictObject({
        name: shown().describe('Name of the person speaking. Required.'),
        role: z.string().optional().describe('Their role, shown under the name. Default: none.'),
        portrait: z.string().optional().describe('Portrait image, relative to this YAML file. Default: none.'),
      }),
    ],
    { error: 'expected a name, or { name, role, portrait }' },
  )
  .describe('Who speaks in this node: a name, or { name, role, portrait }. Default: nobody.');

/** An image, video or audio file shown with a node. */
export const scenarioMediaSchema = z
  .strictObject({
    src: z.string().describe('Media file, relative to this YAML file. Required.'),
    alt: z.string().optional().describe('Alternative text describing an image; required for images. Default: none.'),
  })
  .describe('Image, video or audio shown with the node. Default: none.');

/** One option the learner can pick in a node. */
export const choiceSchema = z.strictObject({
  id: z.string().describe('Id of the choice, unique within its node (lower-case letters, digits, hyphens). Required.'),
  text: shown().describe('What the learner picks (short Markdown). Required.'),
  consequence: shown().optional().describe('Markdown shown after picking: what happens next, how people feel. Default: none.'),
  effects: z.record(z.string(), z.number()).default({}).describe('Changes to variables when picked, e.g. { trust: -10 }. Default: {}.'),
  goto: z.string().describe('Id of the node this choice leads to. Required.'),
  when: z.string().optional().describe('Condition; the choice is offered only when it holds, e.g. "trust >= 40". Default: always offered.'),
  recommended: z.boolean().default(false).describe('Part of the recommended path shown in the debrief. Default: false.'),
});

/** An automatic transition, tried in order; the first that holds is taken. */
export const routeSchema = z.strictObject({
  when: z.string().optional().describe('Condition for taking this route; the last route may omit it. Default: always.'),
  goto: z.string().describe('Id of the node this route leads to. Required.'),
});

/** One step of the scenario: narrative, then choices, routes, or an ending. */
export const nodeSchema = z.strictObject({
  title: shown().optional().describe('Short heading for the node. Default: none.'),
  speaker: speakerSchema.optional(),
  media: scenarioMediaSchema.optional(),
  text: shown().optional().describe('Markdown narrative (the debrief on endings). Required unless the node only has routes.'),
  choices: z.array(choiceSchema).default([]).describe('Options the learner picks from. Default: none.'),
  routes: z.array(routeSchema).default([]).describe('Automatic routing: the first route whose "when" holds is taken. Default: none.'),
  end: z.boolean().default(false).describe('Marks an ending: "end: true", with the node\'s "outcome" and its debrief in "text" beside it. The scenario stops here. Default: false.'),
  outcome: z.enum(['positive', 'mixed', 'negative'], { error: 'expected positive, mixed or negative' }).optional().describe('How the ending went: positive, mixed or negative. Required on endings.'),
  outcomeLabel: shown().optional().describe('Short label for the ending, e.g. "You helped Priya feel safe". Default: none.'),
});

/** A number the scenario tracks, shown as a meter unless hidden. */
export const variableSchema = z.strictObject({
  label: shown().describe('Name shown on the meter, e.g. "Team trust". Required.'),
  initial: z.number().optional().describe('Value at the start. Default: min.'),
  min: z.number().default(0).describe('Lowest value; effects stop here. Default: 0.'),
  max: z.number().default(100).describe('Highest value; effects stop here. Default: 100.'),
  visible: z.boolean().default(true).describe('Show the variable to learners as a meter. Default: true.'),
  better: z.enum(['higher', 'lower']).default('higher').describe('Which way is good for the people in the story: "lower" for a meter such as risk, where a higher value is worse. The meter and each change then say so. Default: higher.'),
});

const score = z.number().min(0, { error: 'expected a score from 0 to 100' }).max(100, { error: 'expected a score from 0 to 100' });

/** How the scenario contributes to the course score. */
export const scoringSchema = z
  .strictObject({
    weight: z.number().min(0).default(1).describe('Weight of this scenario in the course score. Default: 1.'),
    ends: z.record(z.string(), score).describe('Score from 0 to 100 for reaching each ending, by node id. Required.'),
    thresholds: z
      .array(
        z.strictObject({
          when: z.string().describe('Condition on the variables at the end, e.g. "safety >= 70". Required.'),
          points: z.number().describe('Points added to the score when it holds (may be negative). Required.'),
        }),
      )
      .default([])
      .describe('Bonus (or penalty) points when a condition holds at the end; the total stays within 0–100. Default: none.'),
  })
  .describe('Makes the scenario count towards the course score. Default: not scored.');

/** A scenario YAML file (or an inline ```yaml block of a :::scenario). */
export const scenarioSchema = z
  .strictObject({
    id: z.string().describe('Id of the scenario, unique in the course (lower-case letters, digits, hyphens). Required.'),
    title: shown().describe('Title shown to learners. Required.'),
    start: z.string().optional().describe('Id of the first node. Default: the first node listed.'),
    allowRewind: z.boolean().default(true).describe('Learners may step back one decision. Default: true.'),
    allowRestart: z.boolean().default(true).describe('Learners may start over. Default: true.'),
    variables: z.record(z.string(), variableSchema).default({}).describe('Numbers the choices change, by id, e.g. trust. Default: none.'),
    nodes: z.record(z.string(), nodeSchema).describe('The steps of the scenario, by id, in order. Required.'),
    scoring: scoringSchema.optional(),
    'translation-of': translationOf.describe('Translations only: short hash of the original scenario file this translation was made from.'),
  })
  .describe('A branching scenario: nodes with choices, variables and endings.');

/** Scenario YAML after schema defaults are applied. */
export type ScenarioInput = z.output<typeof scenarioSchema>;

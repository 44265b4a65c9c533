import { defineCodes, didYouMean } from '../code-info.js';

/** Scenario graphs: structure, conditions, scoring. */
export const scenarioCodes = defineCodes({
  'scenario-file-missing': {
    severity: 'error',
    title: 'Scenario file not found',
    message: (v) => `Expected the scenario file "${v.path}", found none.`,
    hint: (v) => `${didYouMean(v)}Scenario paths are relative to the lesson file${v.from ? ` (${v.from}), not to the course folder` : ''}, e.g. src="../scenarios/break-room.yml".`,
  },
  'scenario-file-not-yaml': {
    severity: 'error',
    title: 'Scenario file that is not YAML',
    message: (v) => `The scenario file "${v.path}" is not a YAML file (.yml or .yaml).`,
    hint: () => 'Point src at the scenario\'s YAML file, e.g. src="../scenarios/break-room.yml"; a picture for a step goes in the scenario file, under the step\'s media.',
  },
  'scenario-invalid-condition': {
    severity: 'error',
    title: 'Condition that cannot be read',
    message: (v) => `Cannot read the condition "${v.condition}": ${v.reason}`,
    hint: () => 'Write conditions as "variable op number", e.g. "trust >= 40", with op one of < <= > >= == !=, combined with "and", "or", "not" and parentheses.',
  },
  'scenario-image-missing-alt': {
    severity: 'error',
    title: 'Scenario image without alternative text',
    message: (v) => `The image "${v.path}" of the node "${v.node}" has no alternative text.`,
    hint: () => 'Add "alt:" under "media" saying what the image shows, e.g. alt: "A hospital break room at night". For a purely decorative image write alt: decorative.',
  },
  'scenario-missing-start': {
    severity: 'error',
    title: 'Start node not found',
    message: (v) => `Expected a node "${v.start}" to start the scenario "${v.scenario}", found none.`,
    hint: (v) => `${didYouMean(v)}"start" names the first node by its key under "nodes".`,
  },
  'scenario-missing-target': {
    severity: 'error',
    title: 'Choice or route leads to a node that does not exist',
    message: (v) => `Expected a node "${v.target}" for ${v.source} to lead to, found none.`,
    hint: (v) => `${didYouMean(v)}"goto" takes the key of another node under "nodes"; keys are case-sensitive.`,
  },
  'scenario-unreachable-node': {
    severity: 'warning',
    title: 'Node learners can never reach',
    message: (v) => `The node "${v.node}" is never reached: no choices or routes lead to it from the start node "${v.start}".`,
    hint: () => 'Add a choice or route with "goto" to this node, or delete the node if it is left over.',
  },
  'scenario-dead-end': {
    severity: 'error',
    title: 'Node with no way on',
    message: (v) => `The node "${v.node}" has no choices and no routes, and is not an ending, so learners get stuck there.`,
    hint: () => 'Add "choices" or "routes", or make it an ending with "end: true" and an "outcome".',
  },
  'scenario-no-exit-cycle': {
    severity: 'error',
    title: 'Loop with no way out',
    message: (v) => `Learners who reach ${v.nodes} can only go round in a loop; no ending can be reached from there.`,
    hint: () => 'Give one of these nodes a choice or route that leads towards an ending.',
  },
  'scenario-end-without-outcome': {
    severity: 'error',
    title: 'Ending without an outcome',
    message: (v) => `Expected an "outcome" on the ending "${v.node}", found none.`,
    hint: () => 'Add "outcome: positive", "outcome: mixed" or "outcome: negative"; the debrief and reports use it.',
  },
  'scenario-outcome-not-end': {
    severity: 'warning',
    title: 'Outcome on a node that is not an ending',
    message: (v) => `The node "${v.node}" has "${v.field}" but no "end: true", so it is never used.`,
    hint: () => 'Add "end: true" if the scenario should stop here, or remove the field.',
  },
  'scenario-end-has-choices': {
    severity: 'error',
    title: 'Ending with choices or routes',
    message: (v) => `The ending "${v.node}" has ${v.what}, which learners never see because the scenario stops there.`,
    hint: () => 'Remove "end: true" if the scenario should go on from here, or remove the choices and routes.',
  },
  'scenario-choices-and-routes': {
    severity: 'error',
    title: 'Node with both choices and routes',
    message: (v) => `Expected either choices or routes on the node "${v.node}", found both.`,
    hint: () => 'Use "choices" when the learner decides and "routes" when the scenario moves on by itself; split the node in two if it needs both.',
  },
  'scenario-unknown-variable': {
    severity: 'error',
    title: 'Variable that is not declared',
    message: (v) => `Expected "${v.variable}" to be a variable declared under "variables", found none (used in ${v.where}).`,
    hint: (v) =>
      v.suggestion
        ? `Did you mean "${v.suggestion}"? If "${v.variable}" is a new variable, declare it, e.g. "variables: { ${v.variable}: { label: …, initial: 50 } }".`
        : `Declare it, e.g. "variables: { ${v.variable}: { label: …, initial: 50 } }".`,
  },
  'scenario-variable-never-set': {
    severity: 'warning',
    title: 'Variable read but never changed',
    message: (v) => `The variable "${v.variable}" is tested in conditions, but no choice changes it, so it always stays at ${v.initial}.`,
    hint: (v) => `Add "effects: { ${v.variable}: … }" to the choices that should move it, or remove the conditions on it.`,
  },
  'scenario-variable-unused': {
    severity: 'warning',
    title: 'Variable never used',
    message: (v) => `The variable "${v.variable}" is declared but no choice changes it and no condition tests it.`,
    hint: () => 'Use it in "effects" and "when" conditions, or delete it; visible variables show learners a meter that never moves.',
  },
  'scenario-condition-never-holds': {
    severity: 'error',
    title: 'Condition that can never be true',
    message: (v) => `The condition "${v.condition}" can never hold: ${v.reason}.`,
    hint: () => 'Check the numbers against the variable\'s "initial", "min", "max" and the "effects" on the way here.',
  },
  'scenario-node-stuck': {
    severity: 'error',
    title: 'Node where nothing can be chosen',
    message: (v) => `Learners who reach "${v.node}" are stuck: every one of its ${v.what} has a condition that can never hold.`,
    hint: () => 'Add a choice or route without "when", or fix the conditions.',
  },
  'scenario-choice-no-fallback': {
    severity: 'warning',
    title: 'Every choice may be hidden',
    message: (v) => `At "${v.node}" every choice has a condition, and none of them holds when learners arrive with ${v.example}, so they could be stuck.`,
    hint: () => 'Add a choice without "when", or make the conditions cover every case.',
  },
  'scenario-route-no-fallback': {
    severity: 'warning',
    title: 'Routes without a fallback',
    message: (v) => `At "${v.node}" the last route has a condition, and no route holds when learners arrive with ${v.example}, so they could be stuck.`,
    hint: () => 'Remove "when" from the last route so it catches every other case.',
  },
  'scenario-route-never-taken': {
    severity: 'warning',
    title: 'Route that is never taken',
    message: (v) => `Route ${v.index} of "${v.node}" is never taken, because an earlier route always applies.`,
    hint: () => 'Routes are tried in order and the first that holds is taken; move this route up or delete it.',
  },
  'scenario-passing-impossible': {
    severity: 'warning',
    title: 'Scenario score cannot reach the mastery score',
    message: (v) => `The best score a learner can reach in "${v.scenario}" is ${v.best}, below the course mastery score ${v.mastery}.`,
    hint: () => 'Raise the score of the best ending under "scoring.ends", or lower "masteryScore"; unless other graded content makes up the difference, learners cannot pass.',
  },
  'scenario-score-not-end': {
    severity: 'error',
    title: 'Score for a node that is not an ending',
    message: (v) => `Expected "${v.node}" under "scoring.ends" to be an ending, found ${v.found}.`,
    hint: (v) => `${didYouMean(v)}Only nodes with "end: true" can carry a score.`,
  },
  'scenario-end-without-score': {
    severity: 'warning',
    title: 'Ending without a score',
    message: (v) => `The ending "${v.node}" has no score under "scoring.ends", so learners who reach it score 0.`,
    hint: (v) => `Add "${v.node}: <0–100>" under "scoring.ends".`,
  },
  'scenario-duplicate-choice-id': {
    severity: 'error',
    title: 'Two choices with the same id',
    message: (v) => `The choice id "${v.choice}" is used twice in the node "${v.node}".`,
    hint: () => 'Give each choice of a node its own id; LMS reports tell choices apart by it.',
  },
  'scenario-initial-out-of-range': {
    severity: 'error',
    title: 'Initial value outside the variable\'s range',
    message: (v) => `Expected the initial value of "${v.variable}" between ${v.min} and ${v.max}, found ${v.initial}.`,
    hint: () => 'Change "initial", or widen "min" and "max" (defaults 0 and 100).',
  },
  'scenario-variable-min-above-max': {
    severity: 'error',
    title: 'Variable range is empty',
    message: (v) => `Expected "min" of "${v.variable}" to be at most "max", found min ${v.min} and max ${v.max}.`,
    hint: () => 'Swap the two numbers.',
  },
  'scenario-no-recommended-path': {
    severity: 'warning',
    title: 'No recommended path to an ending',
    message: (v) => `Expected a path of recommended choices from "${v.start}" to an ending, found none: ${v.reason}.`,
    hint: () => 'Mark one choice per node on the best path with "recommended: true"; the debrief shows this path to learners.',
  },
  'scenario-media-recording': {
    severity: 'error',
    title: 'Recording in a scenario step',
    message: (v) => `The step "${v.node}" shows a ${v.kind} recording; scenario steps take images only, because a recording needs captions and a transcript.`,
    hint: () => 'Put the recording in an :::interview block (which has captions and a transcript) before or after the scenario, and give the step an image.',
  },
});

import type { ScenarioChoice, ScenarioRoute } from '../../model/scenario.js';
import type { ScenarioInput } from './scenario-schema.js';
import type { ScenarioContext } from './scenario-context.js';
import { checkScenarioId } from './check-scenario-id.js';
import { parseWhen } from './parse-when.js';
import { recordLocation, recordTextRanges } from './scenario-locations.js';

type NodeInput = ScenarioInput['nodes'][string];

/** Build the choices of one node, with positions for the choice, its goto, its condition and effects. */
export function buildScenarioChoices(nodeId: string, input: NodeInput, ctx: ScenarioContext): ScenarioChoice[] {
  return input.choices.map((raw, index) => {
    const path = ['nodes', nodeId, 'choices', index];
    const idAt = ctx.data.locate([...path, 'id']);
    checkScenarioId(raw.id, idAt, ctx.sink);
    const choice: ScenarioChoice = {
      id: raw.id,
      text: raw.text,
      effects: { ...raw.effects },
      goto: raw.goto,
      recommended: raw.recommended,
      at: ctx.data.locate(path),
      gotoAt: ctx.data.locate([...path, 'goto']),
    };
    if (raw.consequence !== undefined) choice.consequence = raw.consequence;
    if (raw.when !== undefined) Object.assign(choice, parseWhen(raw.when, [...path, 'when'], ctx));
    recordLocation(choice, 'id', idAt);
    recordTextRanges(choice, 'text', ctx.data.textRanges([...path, 'text']));
    recordTextRanges(choice, 'consequence', ctx.data.textRanges([...path, 'consequence']));
    for (const variable of Object.keys(raw.effects)) {
      recordLocation(choice, `effects.${variable}`, ctx.data.locate([...path, 'effects', variable], 'key'));
    }
    return choice;
  });
}

/** Build the routes of one node. */
export function buildScenarioRoutes(nodeId: string, input: NodeInput, ctx: ScenarioContext): ScenarioRoute[] {
  return input.routes.map((raw, index) => {
    const path = ['nodes', nodeId, 'routes', index];
    const route: ScenarioRoute = { goto: raw.goto, at: ctx.data.locate(path), gotoAt: ctx.data.locate([...path, 'goto']) };
    if (raw.when !== undefined) Object.assign(route, parseWhen(raw.when, [...path, 'when'], ctx));
    return route;
  });
}

import { decisionId } from '../model/decision-id.js';
import type { RuntimeBlock, RuntimeData } from '../model/runtime-data.js';

/** One interaction the package reports to the LMS or LRS, as its id and type there. */
export interface ReportedInteraction {
  id: string;
  /** SCORM/xAPI interaction type: choice, true-false, sequencing, long-fill-in. */
  type: string;
  /** The author's block kind, e.g. `check` or `scenario`. */
  block: string;
  /** Scenario decisions: the response is the taken choice's id, one of these. */
  choices?: string[];
}

/** What a coursewright package's own course data says it will report. */
export interface CoursewrightData {
  courseId: string;
  version: string;
  interactions: ReportedInteraction[];
}

const dataScript = /<script\b[^>]*\bid=["']cw-data["'][^>]*>([\s\S]*?)<\/script>/i;

/**
 * The course data a coursewright package embeds in its launch page (`#cw-data`), or undefined
 * for other packages or damaged data. Read, never run: inspect executes nothing from a zip.
 */
export function readCoursewrightData(html: string): CoursewrightData | undefined {
  const data = readEmbeddedRuntimeData(html);
  return data && { courseId: data.course.id, version: data.course.version, interactions: data.blocks.flatMap(interactionsOf) };
}

/** The runtime data a launch page embeds (`#cw-data`), or undefined when there is none or it is damaged. */
export function readEmbeddedRuntimeData(html: string): RuntimeData | undefined {
  const json = dataScript.exec(html)?.[1];
  if (json === undefined) return undefined;
  let data: RuntimeData;
  try {
    data = JSON.parse(json) as RuntimeData;
  } catch {
    return undefined;
  }
  return Array.isArray(data.blocks) && typeof data.course === 'object' ? data : undefined;
}

/**
 * The ids and types the runtime reports (src/runtime/blocks): a scenario reports each decision
 * under its decision point, `scenario.node` (`decisionId`), with the choice taken as the response
 * (listed with the step's choices); interviews report nothing, reflections only when opted in.
 */
function interactionsOf(block: RuntimeBlock): ReportedInteraction[] {
  const one = (type: string): ReportedInteraction[] => [{ id: block.id, type, block: block.kind }];
  switch (block.kind) {
    case 'check':
      return one(block.type === 'true-false' ? 'true-false' : 'choice');
    case 'acknowledgement':
      return one('true-false');
    case 'practice':
      return one(block.mode === 'order' ? 'sequencing' : 'choice');
    case 'reflection':
      return block.report ? one('long-fill-in') : [];
    case 'scenario':
      return block.nodes
        .filter((node) => node.choices.length > 0)
        .map((node) => ({ id: decisionId(block.id, node.id), type: 'choice', block: 'scenario', choices: node.choices.map((c) => c.id) }));
    default:
      return [];
  }
}

import type { LaunchMode } from '../tracking-adapter.js';
import type { LrsStateDocument } from '../xapi/lrs-state-document.js';
import type { XapiActivity, XapiContext } from '../xapi/xapi-statement.js';

/** The parts of `LMS.LaunchData` the AU uses (cmi5 §10, standards 4.9). */
export interface Cmi5LaunchData {
  /** Carried whole in every statement; context activities as arrays. */
  contextTemplate: XapiContext;
  mode: LaunchMode;
  /** 0..1, when the LMS set one. */
  masteryScore?: number;
  returnUrl?: string;
}

const modes: Record<string, LaunchMode> = { Normal: 'normal', Browse: 'browse', Review: 'review' };

/**
 * Reads `LMS.LaunchData` (GET only: the AU must never write it, 10.2.1.0-5). Undefined when the
 * LRS does not give it or it has no contextTemplate: without it no statement would be valid.
 */
export async function readLaunchData(document: LrsStateDocument): Promise<Cmi5LaunchData | undefined> {
  const value = await document.read(true);
  if (!isObject(value) || !isObject(value.contextTemplate)) return undefined;
  const template = value.contextTemplate as XapiContext;
  const activities = template.contextActivities;
  const contextTemplate: XapiContext = { ...template };
  if (isObject(activities)) {
    // The spec allows a single object; the statements must carry arrays (standards 3.8).
    contextTemplate.contextActivities = Object.fromEntries(
      Object.entries(activities).map(([key, list]) => [key, (Array.isArray(list) ? list : [list]) as XapiActivity[]]),
    );
  }
  const mastery = value.masteryScore;
  return {
    contextTemplate,
    mode: modes[String(value.launchMode)] ?? 'normal',
    ...(typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? { masteryScore: mastery } : {}),
    ...(typeof value.returnURL === 'string' && value.returnURL ? { returnUrl: value.returnURL } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

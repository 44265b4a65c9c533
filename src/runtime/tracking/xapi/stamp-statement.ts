import type { StatementDraft, XapiActivity, XapiAgent, XapiContext, XapiStatement } from './xapi-statement.js';

/** What a session adds to every statement it sends. */
export interface StatementStamp {
  /** The launch actor, copied unchanged (standards 3.3). */
  actor: XapiAgent;
  registration?: string;
  /** Course language (`context.language`). */
  language: string;
  /**
   * The course version (`context.revision`): activity ids stay the same from one release to the next,
   * so this is how an LRS report tells this year's course from last year's.
   */
  revision?: string;
  /** cmi5 contextTemplate: carried whole, its activities first and in their order (10.2.1.0-6). */
  template?: XapiContext;
  /** Categories this statement adds (cmi5's defined and moveon categories). */
  categories?: XapiActivity[];
  /** Context extensions this statement adds (cmi5 masteryscore). */
  extensions?: Record<string, unknown>;
  /** `2.0.0` for an xAPI 2.0 LRS; absent for 1.0.3 (the LRS fills it in). */
  version?: '2.0.0';
}

const activityKeys = ['parent', 'grouping', 'category', 'other'] as const;

/** The statement as sent: the draft with the actor and the session's context (standards 3.8). */
export function stampStatement(draft: StatementDraft, stamp: StatementStamp): XapiStatement {
  const own = { ...draft.contextActivities, ...(stamp.categories ? { category: [...(draft.contextActivities?.category ?? []), ...stamp.categories] } : {}) };
  const template = stamp.template ?? {};
  const context: XapiContext = { language: stamp.language, ...(stamp.revision ? { revision: stamp.revision } : {}), ...template };
  if (stamp.registration) context.registration = stamp.registration;
  const activities: NonNullable<XapiContext['contextActivities']> = {};
  for (const key of activityKeys) {
    const list = [...(template.contextActivities?.[key] ?? [])];
    for (const activity of own[key] ?? []) if (!list.some((a) => a.id === activity.id)) list.push(activity);
    if (list.length > 0) activities[key] = list;
  }
  if (Object.keys(activities).length > 0) context.contextActivities = activities;
  else delete context.contextActivities;
  const extensions = { ...template.extensions, ...stamp.extensions };
  if (Object.keys(extensions).length > 0) context.extensions = extensions;
  return {
    id: draft.id,
    actor: stamp.actor,
    verb: draft.verb,
    object: draft.object,
    ...(draft.result ? { result: draft.result } : {}),
    context,
    timestamp: draft.timestamp,
    ...(stamp.version ? { version: stamp.version } : {}),
  };
}

/**
 * The xAPI 1.0.3 statement shapes the runtime sends (standards §3a). Only the parts coursewright
 * uses are typed; values are plain JSON so that a statement can wait in device storage.
 */

/** RFC 5646 language tag → text, e.g. `{ "de-CH": "Pausenraum" }`. */
export type LanguageMap = Record<string, string>;

/** An Agent with exactly one inverse functional identifier (standards 3.3). */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** An interaction component (`choices` entry). */
export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

/** An activity definition; interaction fields only on `cmi.interaction` activities. */
export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'true-false' | 'choice' | 'fill-in' | 'long-fill-in' | 'sequencing' | 'numeric' | 'other';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
}

/** An Activity as a statement object or a context activity. */
export interface XapiActivity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

/** Statement result (standards 3.6, 3.7). */
export interface XapiResult {
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  extensions?: Record<string, unknown>;
}

/** Statement context; context activities always as arrays (standards 3.8). */
export interface XapiContext {
  registration?: string;
  /** The course version; allowed because every statement's object is an Activity (standards 3.8). */
  revision?: string;
  language?: string;
  contextActivities?: Partial<Record<'parent' | 'grouping' | 'category' | 'other', XapiActivity[]>>;
  extensions?: Record<string, unknown>;
}

/** A complete statement as posted to the LRS. */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
  /** Only for xAPI 2.0 (`2.0.0`); 1.0.3 statements leave it out. */
  version?: string;
}

/** The five verbs cmi5 defines (cmi5 §9.3); the others are "allowed" statements. */
export type DefinedVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

/**
 * A statement as it waits in the outbox: id and timestamp are fixed when the change happens (a
 * resend is idempotent), but who sent it in which session is added when it is sent
 * (`LrsSession.stamp`), so an item left over from an earlier session goes out with the context of
 * the session that sends it, as cmi5 requires.
 */
export interface StatementDraft {
  id: string;
  timestamp: string;
  verb: XapiStatement['verb'];
  object: XapiActivity;
  result?: XapiResult;
  /** This statement's own context activities; the session's (cmi5 contextTemplate) go first. */
  contextActivities?: XapiContext['contextActivities'];
  /** Set on the statements cmi5 defines, which carry its categories and rules. */
  defined?: DefinedVerb;
}

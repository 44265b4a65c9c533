import { randomUUID } from 'node:crypto';
import type { TestLrs } from './lrs.js';

/** The learner an LMS names in its launch links: an Agent with an account, as cmi5 requires. */
export const testActor = { objectType: 'Agent', name: 'Amara Okafor', account: { homePage: 'https://lms.example.org', name: 'learner-1' } };

/**
 * The launch link an LMS or LRS gives an xAPI (Tin Can) package (standards 3.16): the course URL
 * with the endpoint, the full Authorization value, the actor and a registration.
 */
export function xapiLaunchUrl(courseUrl: string, lrs: TestLrs, registration: string = randomUUID(), actor: object = testActor): string {
  const query = new URLSearchParams({ endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration });
  return `${courseUrl}?${query.toString()}`;
}

/** Statements' verb names (the last part of the verb IRI), in the order the LRS stored them. */
export function verbNames(statements: readonly Record<string, unknown>[]): string[] {
  return statements.map((statement) => String((statement.verb as { id: string }).id).split('/').pop() ?? '');
}

import type { FetchLike, LrsLog } from '../xapi/lrs-client.js';
import { parseJson } from '../xapi/parse-xapi-launch.js';

/**
 * POSTs to the launch's fetch URL for the session's credential (cmi5 §8.2, standards 4.7):
 * `{"auth-token": …}`; the LMS's refusals come as `{"error-code", "error-text"}` with status 200
 * (1 already used, 2 bad request, 3 general error). Once per session, whatever happens: the URL is
 * one-time, and a request that seemed lost may have used it. Without a token the course plays on
 * this device, and the learner's next launch there records what they did (`connectTracker`).
 * Undefined when there is no token; the token itself is never logged.
 */
export async function fetchAuthToken(fetcher: FetchLike, fetchUrl: string, log: LrsLog): Promise<string | undefined> {
  try {
    const response = await fetcher(fetchUrl, { method: 'POST' });
    const body = parseJson(await response.text().catch(() => '')) as Record<string, unknown> | undefined;
    const token = body?.['auth-token'];
    if (response.ok && typeof token === 'string' && token !== '') return token;
    const code = body?.['error-code'];
    const text = body?.['error-text'];
    log(`cmi5: the LMS gave no auth token (${code !== undefined ? `error-code ${String(code)}${typeof text === 'string' ? `: ${text.slice(0, 200)}` : ''}` : `status ${response.status}`})`);
  } catch (error) {
    log(`cmi5: the fetch URL did not answer (${error instanceof Error ? error.name : 'error'})`);
  }
  return undefined;
}

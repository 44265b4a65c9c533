import { isTransient, type FetchLike, type LrsLog } from '../xapi/lrs-client.js';
import { parseJson } from '../parse-json.js';

/** What the fetch URL gave: the token, or none and whether the LMS refused it (it answered, and will not give one to this launch). */
export interface FetchedToken {
  token?: string;
  refused?: boolean;
}

/**
 * POSTs to the launch's fetch URL for the session's credential (cmi5 §8.2, standards 4.7):
 * `{"auth-token": …}`; the LMS's refusals come as `{"error-code", "error-text"}` with status 200
 * (1 already used, 2 bad request, 3 general error). One request: the caller makes it once per
 * session (the URL works once, and a request that seemed lost may have used it). The token itself
 * is never logged.
 */
export async function fetchAuthToken(fetcher: FetchLike, fetchUrl: string, log: LrsLog): Promise<FetchedToken> {
  try {
    const response = await fetcher(fetchUrl, { method: 'POST' });
    const body = parseJson(await response.text().catch(() => '')) as Record<string, unknown> | undefined;
    const token = body?.['auth-token'];
    if (response.ok && typeof token === 'string' && token !== '') return { token };
    const code = body?.['error-code'];
    const text = body?.['error-text'];
    log(`cmi5: the LMS gave no auth token (${code !== undefined ? `error-code ${String(code)}${typeof text === 'string' ? `: ${text.slice(0, 200)}` : ''}` : `status ${response.status}`})`);
    return { refused: code !== undefined || !isTransient(response.status) };
  } catch (error) {
    log(`cmi5: the fetch URL did not answer (${error instanceof Error ? error.name : 'error'})`);
    return {};
  }
}

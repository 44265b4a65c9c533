import { patiently, type FetchLike, type LrsLog } from '../xapi/lrs-client.js';
import { parseJson } from '../xapi/parse-xapi-launch.js';

/**
 * POSTs to the launch's fetch URL for the session's credential (cmi5 §8.2, standards 4.7):
 * `{"auth-token": …}`; the LMS's refusals come as `{"error-code", "error-text"}` with status 200
 * (1 already used, 2 bad request, 3 general error). No answer or a server fault is tried again, as a
 * patient read is (`patiently`): a fault came before the LMS gave the token, and a lost reply
 * only makes the LMS answer "already used". Undefined when there is no token; the token itself is
 * never logged.
 */
export async function fetchAuthToken(fetcher: FetchLike, fetchUrl: string, log: LrsLog): Promise<string | undefined> {
  return (await patiently(() => fetchOnce(fetcher, fetchUrl, log))).token;
}

async function fetchOnce(fetcher: FetchLike, fetchUrl: string, log: LrsLog): Promise<{ token?: string; status: number }> {
  try {
    const response = await fetcher(fetchUrl, { method: 'POST' });
    const body = parseJson(await response.text().catch(() => '')) as Record<string, unknown> | undefined;
    const token = body?.['auth-token'];
    if (response.ok && typeof token === 'string' && token !== '') return { token, status: response.status };
    const code = body?.['error-code'];
    const text = body?.['error-text'];
    log(`cmi5: the LMS gave no auth token (${code !== undefined ? `error-code ${String(code)}${typeof text === 'string' ? `: ${text.slice(0, 200)}` : ''}` : `status ${response.status}`})`);
    return { status: response.status };
  } catch (error) {
    log(`cmi5: the fetch URL did not answer (${error instanceof Error ? error.name : 'error'})`);
    return { status: 0 };
  }
}

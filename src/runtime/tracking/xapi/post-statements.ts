import { utf8ByteLength } from '../../state/utf8-byte-length.js';
import type { LrsClient } from './lrs-client.js';
import type { XapiStatement } from './xapi-statement.js';

/** Largest body of one POST: under the 64 KB `keepalive` quota (standards 3.15). */
export const maxBodyBytes = 60000;

/** What the LRS made of statements posted in order. */
export interface Posted {
  /**
   * How many from the start it holds or refused for good: the ones after it are to be sent again.
   * Includes `refused`.
   */
  stored: number;
  /**
   * Indexes of statements it refused for good: each refused on its own while a later one was
   * stored, so the refusal was about that statement (an LRS stricter than the statement, a cmi5 LMS
   * that allows it no more), not the session; sending it again would only hold back the rest.
   */
  refused: number[];
  /** The last answer's status (0: none): 401 or 403 with statements left means the session is refused. */
  status: number;
}

/**
 * Posts statements in order, as few arrays as fit in `maxBytes` each (less than `maxBodyBytes`
 * when another keepalive request shares the quota). A 409 for one statement means the LRS already
 * has a statement with that id (ours: ids are random UUIDs), so it counts; a 409 for an array says
 * only that one of them was there, and the LRS stored none of the array (xAPI 1.0.3 Communication
 * 2.1.2: a batch is all or nothing). When an array is refused, its statements go one by one, so
 * that one statement the LRS already has (or refuses) does not hold back the others: one refused
 * on its own is set aside once a later one is stored (see `Posted.refused`), and waits, with all
 * after it, while none is. No answer, throttling or a server fault stops there, to send again later.
 */
export async function postStatements(client: LrsClient, statements: readonly XapiStatement[], leaving: boolean, maxBytes = maxBodyBytes): Promise<Posted> {
  let done = 0;
  let status = 0;
  const refusedForGood: number[] = [];
  // Refused on their own, until a later statement is stored and shows it was about them.
  let waiting: number[] = [];
  const settle = (upTo: number): void => {
    refusedForGood.push(...waiting);
    waiting = [];
    done = upTo;
  };
  const result = (): Posted => ({ stored: waiting[0] ?? done, refused: refusedForGood, status });
  let offset = 0;
  for (const batch of batches(statements, maxBytes)) {
    status = await post(client, batch, leaving);
    if (accepted(status, batch.length)) {
      settle(offset + batch.length);
      offset += batch.length;
      continue;
    }
    if (!refused(status)) return result();
    for (const [index, statement] of batch.entries()) {
      if (batch.length > 1) status = await post(client, [statement], leaving);
      // A 401 is about the credential, not the statement: the rest would only be refused the same way.
      if (status === 401) return (waiting.push(offset + index), result());
      if (accepted(status, 1) || (await known(client, statement, status))) settle(offset + index + 1);
      else if (refused(status)) waiting.push(offset + index);
      else return result();
    }
    offset += batch.length;
  }
  return result();
}

function batches(statements: readonly XapiStatement[], maxBytes: number): XapiStatement[][] {
  const result: XapiStatement[][] = [];
  let current: XapiStatement[] = [];
  let bytes = 2;
  for (const statement of statements) {
    const size = utf8ByteLength(JSON.stringify(statement)) + 1;
    if (current.length > 0 && bytes + size > maxBytes) {
      result.push(current);
      current = [];
      bytes = 2;
    }
    current.push(statement);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

async function post(client: LrsClient, batch: XapiStatement[], leaving: boolean): Promise<number> {
  return (await client.request({ method: 'POST', resource: 'statements', body: JSON.stringify(batch), leaving })).status;
}

/**
 * 1 when a refused statement is in the LRS all the same: a cmi5 LMS refuses a second `completed`
 * for the registration even when it is the very statement it stored before the reply was lost.
 */
async function known(client: LrsClient, statement: XapiStatement, status: number): Promise<boolean> {
  if (!refused(status)) return false;
  const reply = await client.request({ method: 'GET', resource: 'statements', query: { statementId: statement.id } });
  return reply.status === 200;
}

function accepted(status: number, statements: number): boolean {
  return (status >= 200 && status < 300) || (status === 409 && statements === 1);
}

/** The LRS answered and said no (not a network failure, throttling or a server fault). */
function refused(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

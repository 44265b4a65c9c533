import { utf8ByteLength } from '../../state/utf8-byte-length.js';
import type { LrsClient } from './lrs-client.js';
import type { XapiStatement } from './xapi-statement.js';

/** Largest body of one POST: under the 64 KB `keepalive` quota (standards 3.15). */
export const maxBodyBytes = 60000;

/**
 * Posts statements in order, as few arrays as fit in `maxBytes` each (less than `maxBodyBytes`
 * when another keepalive request shares the quota), and answers how many from the start the LRS
 * holds. A 409 for one statement means the LRS already has a statement with that id (ours: ids are
 * random UUIDs), so it counts; a 409 for an array says only that one of them was there, and the
 * LRS stored none of the array (xAPI 1.0.3 Communication 2.1.2: a batch is all or nothing). When
 * an array is refused, its statements go one by one, so that one statement the LRS already has
 * (or refuses) does not hold back those before it, nor those after it lose their turn.
 */
export async function postStatements(client: LrsClient, statements: readonly XapiStatement[], leaving: boolean, maxBytes = maxBodyBytes): Promise<number> {
  let stored = 0;
  for (const batch of batches(statements, maxBytes)) {
    const status = await post(client, batch, leaving);
    if (accepted(status, batch.length)) {
      stored += batch.length;
      continue;
    }
    if (batch.length === 1 || !refused(status)) return stored + (await known(client, batch[0], status));
    for (const statement of batch) {
      const one = await post(client, [statement], leaving);
      if (!accepted(one, 1) && (await known(client, statement, one)) === 0) return stored;
      stored++;
    }
  }
  return stored;
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
async function known(client: LrsClient, statement: XapiStatement | undefined, status: number): Promise<number> {
  if (!statement || !refused(status)) return 0;
  const reply = await client.request({ method: 'GET', resource: 'statements', query: { statementId: statement.id } });
  return reply.status === 200 ? 1 : 0;
}

function accepted(status: number, statements: number): boolean {
  return (status >= 200 && status < 300) || (status === 409 && statements === 1);
}

/** The LRS answered and said no (not a network failure, throttling or a server fault). */
function refused(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

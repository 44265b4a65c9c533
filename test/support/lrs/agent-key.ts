/** The properties that identify an Agent (xAPI 1.0.3 Data §2.4.2.3, inverse functional identifiers). */
const identifiers = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/**
 * One string naming the Agent by its identifier, so that documents stored for `{ mbox, name: 'A' }` are found
 * again for `{ mbox }`; undefined when `agent` is not an Agent with exactly one well-formed identifier.
 */
export function agentKey(agent: unknown): string | undefined {
  if (typeof agent !== 'object' || agent === null || Array.isArray(agent)) return undefined;
  const fields = agent as Record<string, unknown>;
  if (fields.objectType !== undefined && fields.objectType !== 'Agent') return undefined;
  const present = identifiers.filter((name) => fields[name] !== undefined);
  if (present.length !== 1) return undefined;
  const { mbox, mbox_sha1sum: sha1, openid, account } = fields;
  if (typeof mbox === 'string') return mbox.startsWith('mailto:') ? `mbox ${mbox}` : undefined;
  if (typeof sha1 === 'string') return /^[0-9a-f]{40}$/i.test(sha1) ? `mbox_sha1sum ${sha1.toLowerCase()}` : undefined;
  if (typeof openid === 'string') return `openid ${openid}`;
  if (typeof account === 'object' && account !== null) {
    const { homePage, name } = account as Record<string, unknown>;
    if (typeof homePage === 'string' && typeof name === 'string') return `account ${JSON.stringify([homePage, name])}`;
  }
  return undefined;
}

/** {@link agentKey} of the JSON in an `agent` query parameter. */
export function agentKeyFromParam(text: string | null): string | undefined {
  if (text === null) return undefined;
  try {
    return agentKey(JSON.parse(text));
  } catch {
    return undefined;
  }
}

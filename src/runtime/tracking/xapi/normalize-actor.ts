import type { XapiAgent } from './xapi-statement.js';

/**
 * The launch `actor` as an xAPI 1.0 Agent (standards 3.17). LMSs still send the Tin Can 0.9 form,
 * where every property is an array (`{"name":["Ann"],"mbox":["mailto:ann@example.org"]}`) and the
 * account is `account:[{accountServiceHomePage, accountName}]`; like TinCanJS, the first element
 * is taken and the account renamed to `homePage`/`name`. Undefined when no identifier is left.
 * An actor already in 1.0 form comes back unchanged, so it stays deep-equal to the launch actor.
 */
export function normalizeActor(value: unknown): XapiAgent | undefined {
  if (!isObject(value)) return undefined;
  if (value.objectType !== undefined && value.objectType !== 'Agent') return undefined;
  const legacy = Object.values(value).some(Array.isArray);
  if (!legacy) return hasIdentifier(value as XapiAgent) ? (value as XapiAgent) : undefined;
  const agent: XapiAgent = {};
  if (value.objectType === 'Agent') agent.objectType = 'Agent';
  const name = first(value.name);
  if (typeof name === 'string') agent.name = name;
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const) {
    const ifi = first(value[key]);
    if (typeof ifi === 'string' && ifi !== '') {
      agent[key] = key === 'mbox' && !ifi.startsWith('mailto:') ? `mailto:${ifi}` : ifi;
      break;
    }
  }
  const account = first(value.account);
  if (!agent.mbox && !agent.mbox_sha1sum && !agent.openid && isObject(account)) {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === 'string' && typeof accountName === 'string') agent.account = { homePage, name: accountName };
  }
  return hasIdentifier(agent) ? agent : undefined;
}

/** Exactly one inverse functional identifier, as xAPI requires of an Agent. */
function hasIdentifier(agent: XapiAgent): boolean {
  const count = [agent.mbox, agent.mbox_sha1sum, agent.openid, agent.account].filter((ifi) => ifi !== undefined).length;
  if (count !== 1) return false;
  return agent.account === undefined || (typeof agent.account.homePage === 'string' && typeof agent.account.name === 'string');
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

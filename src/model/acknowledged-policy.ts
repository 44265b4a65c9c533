/**
 * What an acknowledgement agreed to, when the author names the policy (`policy`, `policy-version`
 * attributes), and how reports word it. The browser runtime (what it sends) and the report key
 * (what it lists) both call `acknowledgedPolicyText`, so the two agree.
 *
 * Pure and dependency-free: the browser runtime bundles it.
 */
export interface AcknowledgedPolicy {
  /** The policy's title, e.g. "Dignity at Work Policy". */
  title: string;
  /** The policy's version, e.g. "2027.1": which text the learner agreed to. */
  version?: string;
}

/**
 * `Acknowledged: Dignity at Work Policy, version 2027.1`: the response an acknowledgement of a
 * named policy sends, so that even a SCORM 1.2 report, which has no field for the question, says
 * what was agreed to. At most 255 characters, SCORM 1.2's limit for a response.
 */
export function acknowledgedPolicyText(policy: AcknowledgedPolicy): string {
  const text = `Acknowledged: ${policy.title}${policy.version ? `, version ${policy.version}` : ''}`.replace(/\s+/g, ' ').trim();
  return text.length <= 255 ? text : `${text.slice(0, 254)}…`;
}

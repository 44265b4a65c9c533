/**
 * Every statement GET /statements returns, oldest first. xapi-statements answers 100 per page (its default
 * limit) with a `more` link carrying a cursor, so this follows the links until `more` is empty.
 */
export async function readStatements(origin: string, headers: Record<string, string>): Promise<Record<string, unknown>[]> {
  const statements: Record<string, unknown>[] = [];
  let next = '/xapi/statements?ascending=true';
  while (next !== '') {
    const response = await fetch(new URL(next, origin), { headers });
    if (!response.ok) throw new Error(`GET ${next} answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { statements: Record<string, unknown>[]; more?: string };
    statements.push(...page.statements);
    next = page.more ?? '';
  }
  return statements;
}

import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

function courseWith(attributes: string): Record<string, string> {
  return {
    'course.yml': 'id: ack\ntitle: Ack\nlessons: [lessons/one.md]\n',
    'lessons/one.md': `---\ntitle: One\n---\n:::acknowledgement{#ack-policy required ${attributes}}\nI have read the policy.\n:::\n`,
  };
}

async function parse(attributes: string) {
  const { course, diagnostics } = await compileCourse({ files: courseWith(attributes), validateOnly: true });
  const block = course?.lessons[0]?.blocks.find((b) => b.kind === 'acknowledgement');
  if (block?.kind !== 'acknowledgement') throw new Error('no acknowledgement');
  return { block, diagnostics: diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}`) };
}

describe('the acknowledgement policy attributes', () => {
  it('read the policy title and version, white space folded', async () => {
    const { block, diagnostics } = await parse('policy="Dignity at Work  Policy" policy-version="2027.1"');
    expect(block.policy).toEqual({ title: 'Dignity at Work Policy', version: '2027.1' });
    expect(block.required).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('without them: no policy, as before', async () => {
    const { block, diagnostics } = await parse('');
    expect(block).not.toHaveProperty('policy');
    expect(diagnostics).toEqual([]);
  });

  it('warn, at the attribute, about a policy without its version, and keep the title', async () => {
    const { block, diagnostics } = await parse('policy="Dignity at Work Policy"');
    expect(block.policy).toEqual({ title: 'Dignity at Work Policy' });
    expect(diagnostics).toEqual(['4:41 warning acknowledgement-policy-without-version']);
  });

  it('warn about a version without a policy, and an empty policy counts as none', async () => {
    const { block, diagnostics } = await parse('policy="" policy-version="2027.1"');
    expect(block).not.toHaveProperty('policy');
    expect(diagnostics).toEqual(['4:51 warning acknowledgement-version-without-policy']);
  });

  it('reject an unknown policy attribute with a suggestion', async () => {
    const { diagnostics } = await parse('policy="P" policy-version="1" policy-versoin="2"');
    expect(diagnostics).toEqual(['4:71 error unknown-attribute']);
  });
});

describe('a translated acknowledgement of a policy', () => {
  const translated = (attributes: string): Record<string, string> => ({
    'course.yml': 'id: ack\ntitle: Ack\nlanguages: [en, es]\nlessons: [lessons/one.md]\n',
    'course.es.yml': 'title: Conformidad\n',
    'lessons/one.md': '---\ntitle: One\n---\n:::acknowledgement{#ack-policy required policy="Dignity at Work Policy" policy-version="2027.1"}\nI have read the policy.\n:::\n',
    'lessons/one.es.md': `---\ntitle: Uno\n---\n:::acknowledgement{#ack-policy required ${attributes}}\nHe leído la política.\n:::\n`,
  });
  /** The acknowledgement's line in each language's report key, and the problems. */
  async function keys(attributes: string) {
    const { artifacts, diagnostics } = await compileCourse({ files: translated(attributes), targets: ['scorm12'] });
    const lines = artifacts.map((artifact) => {
      const csv = Buffer.from(artifact.keyFiles?.find((key) => key.fileName.endsWith('.csv'))?.bytes ?? new Uint8Array()).toString('utf8');
      return `${artifact.language}: ${csv.split('\n').find((line) => line.includes('ack-policy'))}`;
    });
    return { lines, diagnostics: diagnostics.map((d) => `${d.file}:${d.range?.start.line} ${d.severity} ${d.code}`) };
  }

  it("is reported under the original's title in every language, with a warning about the translated title", async () => {
    const { lines, diagnostics } = await keys('policy="Política de Dignidad en el Trabajo" policy-version="2027.1"');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('Acknowledged: Dignity at Work Policy, version 2027.1');
    expect(lines.join('\n')).not.toContain('Política');
    expect(diagnostics).toEqual(['lessons/one.es.md:4 warning translation-policy-title']);
  });

  it("takes the original's policy when the translation names none, without a problem", async () => {
    const { lines, diagnostics } = await keys('');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('Acknowledged: Dignity at Work Policy, version 2027.1');
    expect(diagnostics).toEqual([]);
  });

  it('still refuses a translation that changes the version agreed to', async () => {
    const { diagnostics } = await keys('policy="Dignity at Work Policy" policy-version="2026.1"');
    expect(diagnostics).toEqual(['lessons/one.es.md:4 error translation-changes-behaviour']);
  });
});

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

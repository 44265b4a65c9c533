import type { Paragraph, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { takeTrailingId } from '../../../src/parse/blocks/trailing-id.js';

const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

describe('takeTrailingId', () => {
  it("takes the id off the end of the option's line", () => {
    expect(takeTrailingId(paragraph(text("Jokes at one person's expense {#jokes}")))).toEqual({
      paragraph: paragraph(text("Jokes at one person's expense")),
      id: 'jokes',
    });
  });

  it('drops a text node left empty after formatted text', () => {
    const strong: PhrasingContent = { type: 'strong', children: [text('Direct')] };
    expect(takeTrailingId(paragraph(strong, text(' {#direct}')))).toEqual({ paragraph: paragraph(strong), id: 'direct' });
  });

  it('returns a malformed or empty id as written, for the caller to report', () => {
    expect(takeTrailingId(paragraph(text('Option {#Bad Id}'))).id).toBe('Bad Id');
    expect(takeTrailingId(paragraph(text('Option {#}'))).id).toBe('');
  });

  it('leaves braces that do not close the line, or are not an id, as text', () => {
    for (const value of ['Use {#this} inside a sentence', 'Option {.class}', 'Option {id=x}']) {
      expect(takeTrailingId(paragraph(text(value)))).toEqual({ paragraph: paragraph(text(value)) });
    }
  });
});

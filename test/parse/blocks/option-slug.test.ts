import { describe, expect, it } from 'vitest';
import { idPattern } from '../../../src/parse/author-id.js';
import { maxSlugLength, optionSlug, uniqueSlug } from '../../../src/parse/blocks/option-slug.js';

describe('optionSlug', () => {
  it.each([
    ["Jokes at one person's expense", 'jokes-at-one-persons-expense'],
    ['Jokes about one colleague’s accent that others laugh at', 'jokes-about-one-colleagues'],
    ['Direct', 'direct'],
    ['Ça suffit, arrêtez !', 'ca-suffit-arretez'],
    ['10 minutes later', 'id-10-minutes-later'],
    ['Supercalifragilisticexpialidocious-and-then-some', 'supercalifragilisticexpialidocio'],
    ['A manager gives private feedback about missed documentation.', 'a-manager-gives-private-feedback'],
  ])('makes %j into %j', (text, slug) => {
    expect(optionSlug(text)).toBe(slug);
    expect(slug).toMatch(idPattern);
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
  });

  it('stops before a word that would pass 32 characters, rather than cutting it', () => {
    expect(optionSlug('Escalate immediately to occupational health services')).toBe('escalate-immediately-to');
  });

  it('gives nothing to build on for text without Latin letters or digits', () => {
    expect(optionSlug('直接介入')).toBe('');
    expect(optionSlug('')).toBe('');
  });
});

describe('uniqueSlug', () => {
  it('numbers a taken id from 2, skipping numbers already taken', () => {
    expect(uniqueSlug('direct', new Set())).toBe('direct');
    expect(uniqueSlug('direct', new Set(['direct']))).toBe('direct-2');
    expect(uniqueSlug('direct', new Set(['direct', 'direct-2']))).toBe('direct-3');
  });

  it('keeps a numbered id within 32 characters and without a double hyphen', () => {
    const base = 'a-manager-gives-private-feedback';
    expect(uniqueSlug(base, new Set([base]))).toBe('a-manager-gives-private-feedba-2');
    expect(uniqueSlug('abcdefghijklmnopqrstuvwxyz-abcde', new Set(['abcdefghijklmnopqrstuvwxyz-abcde']))).toBe('abcdefghijklmnopqrstuvwxyz-abc-2');
    expect(uniqueSlug('abcdefghijklmnopqrstuvwxyz-abcd', new Set(['abcdefghijklmnopqrstuvwxyz-abcd']))).toBe('abcdefghijklmnopqrstuvwxyz-abc-2');
    const long = 'x'.repeat(29) + '-ab';
    expect(uniqueSlug(long, new Set([long]))).toBe(`${'x'.repeat(29)}-2`);
  });
});

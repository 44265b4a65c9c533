import { describe, expect, it } from 'vitest';
import { courseTranslationStart, setTranslationOf, translationOfLine } from '../../src/translate/set-translation-of.js';

describe('setTranslationOf', () => {
  it('quotes a hash YAML would read as a number', () => {
    expect(translationOfLine('9279c5bd')).toBe('translation-of: 9279c5bd');
    expect(translationOfLine('12345678')).toBe('translation-of: "12345678"');
    expect(translationOfLine('123e4567')).toBe('translation-of: "123e4567"');
  });

  it('replaces the recorded hash, or adds it to front matter or the top of a YAML file', () => {
    expect(setTranslationOf('a.es.md', '---\ntitle: A\ntranslation-of: "11111111"\n---\nText\n', 'abcdef12')).toBe('---\ntitle: A\ntranslation-of: abcdef12\n---\nText\n');
    expect(setTranslationOf('a.es.md', '---\ntitle: A\n---\nText\n', 'abcdef12')).toBe('---\ntitle: A\ntranslation-of: abcdef12\n---\nText\n');
    expect(setTranslationOf('a.es.md', 'Text\n', 'abcdef12')).toBe('---\ntranslation-of: abcdef12\n---\nText\n');
    expect(setTranslationOf('s.es.yml', '# yaml-language-server: $schema=x.json\nid: s\n', '00000001')).toBe('# yaml-language-server: $schema=x.json\ntranslation-of: "00000001"\nid: s\n');
  });

  it('starts course.<lang>.yml from the fields a translator translates', () => {
    const yml = '# schema\nid: x\ntitle: X\nversion: "1"\nsupport:\n  title: Help\n  resources: []\nlessons: [a.md]\n';
    expect(courseTranslationStart(yml)).toBe('# schema\ntitle: X\nsupport:\n  title: Help\n  resources: []\n');
  });
});

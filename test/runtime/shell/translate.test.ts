import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/runtime/shell/translate.js';
import { selectPlayerStrings } from '../../../src/model/strings/player-strings.js';

describe('createTranslator', () => {
  it('writes scores and percentages the way the course language does', () => {
    const es = createTranslator(selectPlayerStrings('es').strings, 'es');
    expect(es('course.failed', { score: 62.5, mastery: 80 })).toBe('Tu puntuación es del 62,5 %; se necesita un 80 % para aprobar.');
    expect(es('progress.lesson', { current: 2, total: 12 })).toBe('Lección 2 de 12');
    const en = createTranslator(selectPlayerStrings('en').strings, 'en');
    expect(en('course.failed', { score: 62.5, mastery: 80 })).toBe('Your score is 62.5%; 80% is needed to pass.');
  });

  it('keeps text values as they are and leaves unknown placeholders and keys visible', () => {
    const t = createTranslator({ 'a.b': '{label} moved to {position} of {count}' }, 'en');
    expect(t('a.b', { label: '1,000 ways', position: 1000 })).toBe('1,000 ways moved to 1,000 of {count}');
    expect(t('missing.key')).toBe('missing.key');
  });

  it('still fills placeholders when the language tag is one Intl rejects', () => {
    expect(createTranslator({ k: '{n}%' }, 'not a tag!')('k', { n: 5 })).toBe('5%');
  });
});

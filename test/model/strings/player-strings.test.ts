import { describe, expect, it } from 'vitest';
import { englishStrings, playerCatalogues, selectPlayerStrings } from '../../../src/model/strings/player-strings.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!).sort();

describe('player string catalogues', () => {
  for (const [language, catalogue] of Object.entries(playerCatalogues)) {
    it(`${language} has exactly the English keys, each with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(englishStrings).sort());
      const differing = Object.keys(englishStrings).filter((key) => placeholders(catalogue[key] ?? '').join() !== placeholders(englishStrings[key]!).join());
      expect(differing).toEqual([]);
    });
  }

  it('picks the catalogue by primary language subtag, and English for a language it lacks', () => {
    expect(selectPlayerStrings('es').strings['nav.next']).toBe('Siguiente');
    expect(selectPlayerStrings('es-MX')).toMatchObject({ language: 'es', fallback: false });
    expect(selectPlayerStrings('en-GB').strings['nav.next']).toBe('Next');
    expect(selectPlayerStrings('fr')).toMatchObject({ language: 'en', fallback: true });
    expect(selectPlayerStrings('fr').strings['nav.exit']).toBe('Exit');
  });
});

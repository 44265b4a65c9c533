import { choiceCode, choiceIndex } from './choice-code.js';

/** A list of choice indices as a short string of codes: [1, 0, 2] → "bac". */
export function encodePath(path: readonly number[]): string {
  return path.map(choiceCode).join('');
}

/** The indices in a code string; reading stops at the first character that is not a code. */
export function decodePath(value: unknown): number[] {
  if (typeof value !== 'string') return [];
  const path: number[] = [];
  for (const ch of value) {
    const index = choiceIndex(ch);
    if (index < 0) break;
    path.push(index);
  }
  return path;
}

/** Round a 0..1 score to two decimals so saved state stays short. */
export function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

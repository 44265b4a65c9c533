/**
 * A score or mastery score as people read it: a whole number in the course language's digits
 * ("53", not "53.33"). The LMS still gets the precise score. A score is rounded down and a mastery
 * score up, so a score just short of passing never reads as equal to the mark needed.
 */
export function formatPercent(value: number, language: string, round: 'down' | 'up' = 'down'): string {
  const whole = round === 'down' ? Math.floor(value) : Math.ceil(value);
  try {
    return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(whole);
  } catch {
    return String(whole);
  }
}

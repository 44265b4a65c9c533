/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` are escaped so
 * author text can never close the script element, and line separators cannot break parsing.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The in-page link targets of the HTML key's interactions, one per id given, in the same order:
 * `interaction-` and the interaction id (`interaction-q-power`, `interaction-break-room.intro`), so
 * a link to one reads like the id in the LMS report. A character other than a letter, digit, `-`
 * or `.` (author ids have none) is written as `_` and its code point in hex and `_`, so the result
 * needs no escaping in an attribute or a URL fragment; an id met again gets `-2`, `-3`…, so each
 * target is unique, and the same in every build.
 */
export function interactionAnchors(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = `interaction-${[...id].map((char) => (/^[A-Za-z0-9.-]$/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`)).join('')}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
  });
}

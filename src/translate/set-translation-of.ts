/**
 * `translation-of: <hash>` as YAML reads it back as text: a hash of digits only (or digits, `e`
 * and digits, which YAML reads as a number in exponent form) is quoted.
 */
export function translationOfLine(hash: string): string {
  return `translation-of: ${/^\d+(e\d+)?$/i.test(hash) ? `"${hash}"` : hash}`;
}

/**
 * The text of a translated file with its `translation-of` set to `hash`: the existing line is
 * replaced; otherwise the line goes at the end of a Markdown file's front matter (which is added
 * when the file has none) or at the top of a YAML file, after its leading comments.
 */
export function setTranslationOf(path: string, text: string, hash: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const existing = lines.findIndex((line) => /^translation-of:/.test(line));
  if (existing >= 0) {
    lines[existing] = translationOfLine(hash);
    return lines.join('\n');
  }
  if (path.endsWith('.md')) {
    const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
    if (close < 0) return ['---', translationOfLine(hash), '---', ...lines].join('\n');
    lines.splice(close, 0, translationOfLine(hash));
    return lines.join('\n');
  }
  let at = 0;
  while (at < lines.length && /^(#|---\s*$)/.test(lines[at]!)) at += 1;
  lines.splice(at, 0, translationOfLine(hash));
  return lines.join('\n');
}

/**
 * The starting point of course.<lang>.yml: the leading comments of course.yml and its top-level
 * fields a translator translates (`title`, `description`, `support`, `editions`), as written.
 */
export function courseTranslationStart(courseYml: string): string {
  const lines = courseYml.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let index = 0;
  // Its comments at the top, an editor's schema line naming the translation's schema.
  for (; index < lines.length && lines[index]!.startsWith('#'); index += 1) kept.push(lines[index]!.replace(/(\$schema=\S*?)\bcourse\.schema\.json\b/, '$1course-translation.schema.json'));
  let keeping = false;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (/^\S/.test(line)) keeping = /^(title|description|support|editions):/.test(line);
    if (keeping) kept.push(line);
  }
  while (kept.length && kept[kept.length - 1]!.trim() === '') kept.pop();
  return `${kept.join('\n')}\n`;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { translationHash } from '../../src/parse/course/translation-files.js';
import { courseTextHash } from '../../src/parse/course/read-course-translation.js';

const courseYml = `id: respect
title: Respect at work
language: en
languages: [en, es]
iri: https://learning.example.org/courses/respect
editions:
  employee: { title: Respect at work }
  manager: { title: Respect at work for managers }
lessons:
  - lessons/welcome.md
  - { file: lessons/leading.md, editions: [manager] }
`;

const welcome = `---
title: Welcome
---
Everyone deserves respect.

:::only{editions="manager"}
As a manager, you set the tone.
:::

:::reflection{#first-thought editions="employee"}
What does respect look like in your team?
:::
`;

const leading = `---
title: Leading by example
---
Managers answer reports within a week.
`;

/**
 * A small course with two editions (employee, manager) in two languages (en, es), its Spanish
 * files up to date (`translation-of` set to the originals' hashes). `overrides` replace or add files;
 * a file set to undefined is left out.
 */
export function editionsCourseFiles(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'course.yml': courseYml,
    'course.es.yml': `translation-of: ${courseTextHash(courseYml)}\ntitle: Respeto en el trabajo\neditions:\n  employee: { title: Respeto en el trabajo }\n  manager: { title: Respeto en el trabajo para responsables }\n`,
    'lessons/welcome.md': welcome,
    'lessons/welcome.es.md': `---\ntitle: Bienvenida\ntranslation-of: ${translationHash(welcome)}\n---\nTodas las personas merecen respeto.\n\n:::only{editions="manager"}\nComo responsable, marcas el tono.\n:::\n\n:::reflection{#first-thought editions="employee"}\n¿Cómo es el respeto en tu equipo?\n:::\n`,
    'lessons/leading.md': leading,
    'lessons/leading.es.md': `---\ntitle: Predicar con el ejemplo\ntranslation-of: ${translationHash(leading)}\n---\nLas personas responsables responden a las denuncias en una semana.\n`,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Write the course files into `dir`, for tests that run the CLI. */
export function writeCourseFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

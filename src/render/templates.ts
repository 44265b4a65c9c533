import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';
import { packageRoot } from './package-root.js';

/** Compiled templates: the page and one partial template per block kind. */
export interface Templates {
  page(context: object): string;
  block(kind: string, context: object): string;
}

/** How every template is compiled, here and when precompiled (scripts/build-tool.mjs). */
export const templateOptions = { strict: false, preventIndent: true } as const;

/**
 * Templates precompiled when the tool is built (`npm run build`: build/templates.json), by path
 * under templates/: the text's SHA-256, the options and Handlebars' JavaScript for it. Compiling
 * the templates costs a build 40–80 ms; a precompiled one is used only for the very text and
 * options it was made from, so an edited template is compiled as before.
 */
export interface PrecompiledTemplates {
  [path: string]: { sha256: string; options: object; spec: string };
}

/** The tool's precompiled templates, or none (a checkout not built yet). */
export function readPrecompiledTemplates(): PrecompiledTemplates {
  const file = join(packageRoot(), 'build', 'templates.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PrecompiledTemplates) : {};
}

/** The SHA-256 of a template's text, as `PrecompiledTemplates` keys it. */
export function templateHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Load templates/ into an isolated Handlebars instance (no global state), each from its
 * precompiled form when `precompiled` has one for its exact text, else compiled from the text.
 */
export function loadTemplates(dir: string, precompiled: PrecompiledTemplates = readPrecompiledTemplates()): Templates {
  const runtime = HandlebarsRuntime.create();
  let compiler: typeof Handlebars | undefined;
  const load = (path: string): Handlebars.TemplateDelegate => {
    const text = readFileSync(join(dir, path), 'utf8');
    const made = precompiled[path];
    if (made && made.sha256 === templateHash(text) && JSON.stringify(made.options) === JSON.stringify(templateOptions)) {
      // Handlebars' own output for this text (its compile makes the same function the same way).
      return runtime.template(new Function(`return ${made.spec};`)() as Parameters<typeof runtime.template>[0]);
    }
    compiler ??= loadCompiler(path).create();
    return compiler.compile(text, { ...templateOptions });
  };
  const page = load('page.hbs');
  const blocks = new Map<string, Handlebars.TemplateDelegate>();
  for (const name of readdirSync(join(dir, 'blocks')).sort()) {
    if (name.endsWith('.hbs')) blocks.set(name.slice(0, -4), load(`blocks/${name}`));
  }
  return {
    page: (context) => page(context),
    block(kind, context) {
      const template = blocks.get(kind);
      if (!template) throw new Error(`No template for block "${kind}" in templates/blocks/`);
      return template(context);
    },
  };
}

/**
 * Handlebars' compiler, for a template edited since the tool was built (a checkout of the tool, where
 * it is installed). Loaded only then: the runtime that runs precompiled templates is a tenth of its
 * size, and the tool's bundles hold the runtime only. An installed tool's templates are always the
 * precompiled ones.
 */
function loadCompiler(path: string): typeof Handlebars {
  try {
    return createRequire(import.meta.url)('handlebars') as typeof Handlebars;
  } catch {
    throw new Error(`templates/${path} changed after coursewright was built, and Handlebars is not installed to compile it: run \`npm run build\` in the tool's folder.`);
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

/** Compiled templates: the page and one partial template per block kind. */
export interface Templates {
  page(context: object): string;
  block(kind: string, context: object): string;
}

/** Load templates/ into an isolated Handlebars instance (no global state). */
export function loadTemplates(dir: string): Templates {
  const hbs = Handlebars.create();
  const compile = (file: string): Handlebars.TemplateDelegate =>
    hbs.compile(readFileSync(file, 'utf8'), { strict: false, preventIndent: true });
  const page = compile(join(dir, 'page.hbs'));
  const blocks = new Map<string, Handlebars.TemplateDelegate>();
  for (const name of readdirSync(join(dir, 'blocks')).sort()) {
    if (name.endsWith('.hbs')) blocks.set(name.slice(0, -4), compile(join(dir, 'blocks', name)));
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

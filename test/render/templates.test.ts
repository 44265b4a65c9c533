import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates, readPrecompiledTemplates, templateHash, templateOptions, type PrecompiledTemplates } from '../../src/render/templates.js';

const toolTemplates = join(import.meta.dirname, '..', '..', 'templates');
const precompiledFrom = (text: string, madeFrom = text): PrecompiledTemplates[string] => ({
  sha256: templateHash(madeFrom),
  options: { ...templateOptions },
  spec: Handlebars.precompile(text, { ...templateOptions }) as unknown as string,
});

describe('loadTemplates', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const templatesDir = (page: string): string => {
    dir = mkdtempSync(join(tmpdir(), 'cw-templates-'));
    mkdirSync(join(dir, 'blocks'));
    writeFileSync(join(dir, 'page.hbs'), page);
    writeFileSync(join(dir, 'blocks', 'check.hbs'), '<p>{{question}}</p>');
    return dir;
  };

  it('has every template of the tool precompiled, from its present text and options (build/templates.json)', () => {
    const precompiled = readPrecompiledTemplates();
    const paths = ['page.hbs', ...readdirSync(join(toolTemplates, 'blocks')).filter((name) => name.endsWith('.hbs')).map((name) => `blocks/${name}`)];
    for (const path of paths) {
      expect(precompiled[path]?.sha256, path).toBe(templateHash(readFileSync(join(toolTemplates, path), 'utf8')));
      expect(precompiled[path]?.options, path).toEqual(templateOptions);
    }
  });

  it('uses a precompiled template made from the very text it reads', () => {
    // Made from other text but keyed by this one: its output shows which was used.
    const templates = loadTemplates(templatesDir('<h1>{{title}}</h1>'), { 'page.hbs': precompiledFrom('<h2>{{title}}</h2>', '<h1>{{title}}</h1>') });
    expect(templates.page({ title: 'Respect' })).toBe('<h2>Respect</h2>');
    expect(templates.block('check', { question: 'Why?' })).toBe('<p>Why?</p>');
  });

  it('compiles an edited template from its text instead of using the stale precompiled one', () => {
    const templates = loadTemplates(templatesDir('<h1>{{title}} (edited)</h1>'), { 'page.hbs': precompiledFrom('<h1>{{title}}</h1>') });
    expect(templates.page({ title: 'Respect' })).toBe('<h1>Respect (edited)</h1>');
  });
});

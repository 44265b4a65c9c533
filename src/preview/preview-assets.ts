import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../render/package-root.js';

/** The files of the preview's LMS page, served under `/__preview/`, by name. */
export function previewAssets(): ReadonlyMap<string, { type: string; content: string }> {
  const require = createRequire(join(packageRoot(), 'package.json'));
  const scormAgain = join(dirname(require.resolve('scorm-again/scorm12/min')), 'scorm12.min.js');
  const templates = join(packageRoot(), 'templates', 'preview');
  return new Map([
    ['index.html', { type: 'text/html; charset=utf-8', content: readFileSync(join(templates, 'index.html'), 'utf8') }],
    ['preview.js', { type: 'text/javascript; charset=utf-8', content: readFileSync(join(templates, 'preview.js'), 'utf8') }],
    ['preview-scenarios.js', { type: 'text/javascript; charset=utf-8', content: readFileSync(join(templates, 'preview-scenarios.js'), 'utf8') }],
    ['preview.css', { type: 'text/css; charset=utf-8', content: readFileSync(join(templates, 'preview.css'), 'utf8') }],
    ['scorm-again.js', { type: 'text/javascript; charset=utf-8', content: readFileSync(scormAgain, 'utf8') }],
  ]);
}

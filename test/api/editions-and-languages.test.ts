import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { Artifact } from '../../src/model/site.js';
import { readZip } from '../support-package/read-zip.js';
import { editionsCourseFiles } from '../support-course/editions-course.js';

/** The text of one file in a package. */
async function entryText(artifact: Artifact | undefined, name: string): Promise<string> {
  const entries = await readZip(artifact?.bytes ?? new Uint8Array());
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`${artifact?.fileName} has no ${name}`);
  return entry.content.toString('utf8');
}

function byName(artifacts: readonly Artifact[], fileName: string): Artifact | undefined {
  return artifacts.find((a) => a.fileName === fileName);
}

describe('editions and languages from one course folder', () => {
  it('makes one package per edition × language, named after both', async () => {
    const result = await compileCourse({ files: editionsCourseFiles() });
    expect(result.diagnostics).toEqual([]);
    expect(result.artifacts.map((a) => [a.fileName, a.courseId, a.edition, a.language])).toEqual([
      ['respect-employee-en-scorm12-1.0.zip', 'respect-employee', 'employee', 'en'],
      ['respect-manager-en-scorm12-1.0.zip', 'respect-manager', 'manager', 'en'],
      ['respect-employee-es-scorm12-1.0.zip', 'respect-employee', 'employee', 'es'],
      ['respect-manager-es-scorm12-1.0.zip', 'respect-manager', 'manager', 'es'],
    ]);
    expect(result.artifacts[0]?.keyFiles?.map((k) => k.fileName)).toEqual(['respect-employee-en-scorm12-1.0.key.csv', 'respect-employee-en-scorm12-1.0.key.html']);
  });

  it('puts manager-only lessons, passages and blocks in the manager package only', async () => {
    const { artifacts } = await compileCourse({ files: editionsCourseFiles() });
    const manager = await entryText(byName(artifacts, 'respect-manager-en-scorm12-1.0.zip'), 'index.html');
    const employee = await entryText(byName(artifacts, 'respect-employee-en-scorm12-1.0.zip'), 'index.html');
    expect(manager).toContain('Leading by example');
    expect(manager).toContain('As a manager, you set the tone.');
    expect(manager).not.toContain('first-thought');
    expect(employee).not.toContain('Leading by example');
    expect(employee).not.toContain('As a manager, you set the tone.');
    expect(employee).toContain('first-thought');
    expect(employee).toContain('Everyone deserves respect.');
    expect(manager).toContain('<title>Respect at work for managers</title>');
  });

  it('ships a picture only manager blocks show in the manager package only', async () => {
    const base = editionsCourseFiles();
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const picture = '\n![A chart of reports by month](../media/chart.svg)\n';
    const { artifacts, diagnostics } = await compileCourse({
      files: { ...base, 'media/chart.svg': chart, 'lessons/leading.md': `${base['lessons/leading.md']!}${picture}`, 'lessons/leading.es.md': `${base['lessons/leading.es.md']!}${picture}` },
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const names = async (fileName: string) => (await readZip(byName(artifacts, fileName)?.bytes ?? new Uint8Array())).map((e) => e.name);
    expect(await names('respect-manager-en-scorm12-1.0.zip')).toContain('media/chart.svg');
    expect(await names('respect-employee-en-scorm12-1.0.zip')).not.toContain('media/chart.svg');
  });

  it('builds each language from its translated files, with the same block ids and SCORM identifiers of its own', async () => {
    const { artifacts } = await compileCourse({ files: editionsCourseFiles() });
    const es = await entryText(byName(artifacts, 'respect-manager-es-scorm12-1.0.zip'), 'index.html');
    expect(es).toContain('lang="es"');
    expect(es).toContain('Respeto en el trabajo para responsables');
    expect(es).toContain('Como responsable, marcas el tono.');
    expect(es).toContain('Predicar con el ejemplo');
    expect(es).not.toContain('Everyone deserves respect.');
    const manifest = (name: string) => entryText(byName(artifacts, name), 'imsmanifest.xml');
    const identifier = (xml: string) => /<manifest[^>]*identifier="([^"]+)"/.exec(xml)?.[1];
    // An LMS that holds one language per course keeps the translation apart (SuccessFactors: first 15 characters + resource id).
    expect(identifier(await manifest('respect-manager-en-scorm12-1.0.zip'))).toBe('respect-manager-v1.0');
    expect(identifier(await manifest('respect-manager-es-scorm12-1.0.zip'))).toBe('respect-manager-es-v1.0');
    expect(await manifest('respect-manager-es-scorm12-1.0.zip')).toContain('identifier="respect-manager-es-sco"');
    const interactions = async (name: string) => [...(await entryText(byName(artifacts, name), 'index.html')).matchAll(/data-cw-block="([^"]+)"/g)].map((m) => m[1]);
    expect(await interactions('respect-manager-es-scorm12-1.0.zip')).toEqual(await interactions('respect-manager-en-scorm12-1.0.zip'));
  });

  it('gives each edition its own stable manifest identifier and activity IRI', async () => {
    const build = () => compileCourse({ files: editionsCourseFiles(), targets: ['scorm12', 'xapi'] });
    const { artifacts } = await build();
    const manifestId = async (name: string) => /<manifest[^>]*identifier="([^"]+)"/.exec(await entryText(byName(artifacts, name), 'imsmanifest.xml'))?.[1];
    expect(await manifestId('respect-employee-en-scorm12-1.0.zip')).toBe('respect-employee-v1.0');
    expect(await manifestId('respect-manager-en-scorm12-1.0.zip')).toBe('respect-manager-v1.0');
    const tincan = await entryText(byName(artifacts, 'respect-manager-en-xapi-1.0.zip'), 'tincan.xml');
    expect(tincan).toContain('id="https://learning.example.org/courses/respect/manager"');
    expect(tincan).toContain('https://learning.example.org/courses/respect/manager/lessons/leading');
    expect(await entryText(byName(artifacts, 'respect-employee-en-xapi-1.0.zip'), 'tincan.xml')).toContain('id="https://learning.example.org/courses/respect/employee"');
  });

  it('makes byte-identical packages from the same sources', async () => {
    const first = await compileCourse({ files: editionsCourseFiles(), targets: ['scorm12', 'cmi5'] });
    const second = await compileCourse({ files: editionsCourseFiles(), targets: ['scorm12', 'cmi5'] });
    expect(first.artifacts).toHaveLength(8);
    expect(second.artifacts.map((a) => Buffer.from(a.bytes ?? []).toString('base64'))).toEqual(first.artifacts.map((a) => Buffer.from(a.bytes ?? []).toString('base64')));
  });

  it('builds only the editions asked for', async () => {
    const result = await compileCourse({ files: editionsCourseFiles(), editions: ['manager'] });
    expect(result.artifacts.map((a) => a.fileName)).toEqual(['respect-manager-en-scorm12-1.0.zip', 'respect-manager-es-scorm12-1.0.zip']);
  });

  it('names packages by language alone when a course has languages but no editions, and keeps old names with neither', async () => {
    const files = {
      'course.yml': 'id: handover\ntitle: Safe handover\nlanguages: [en, es]\nlessons: [lessons/a.md]\n',
      'course.es.yml': 'title: Traspaso seguro\n',
      'lessons/a.md': '---\ntitle: Before you hand over\n---\nCheck the chart together.\n',
      'lessons/a.es.md': '---\ntitle: Antes del traspaso\n---\nRevisad juntos la historia.\n',
    };
    const both = await compileCourse({ files });
    expect(both.diagnostics).toEqual([]);
    expect(both.artifacts.map((a) => a.fileName)).toEqual(['handover-en-scorm12-1.0.zip', 'handover-es-scorm12-1.0.zip']);
    const plain = await compileCourse({ files: { 'course.yml': 'id: handover\ntitle: Safe handover\nlessons: [lessons/a.md]\n', 'lessons/a.md': files['lessons/a.md'] } });
    expect(plain.artifacts.map((a) => [a.fileName, a.language, a.edition])).toEqual([['handover-scorm12-1.0.zip', 'en', undefined]]);
  });
});

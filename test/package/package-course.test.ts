import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../src/diagnostics/context.js';
import type { CourseSource } from '../../src/load/course-source.js';
import { createDirectoryOutput, createMemoryOutput } from '../../src/package/output.js';
import { packageCourse } from '../../src/package/package-course.js';
import { expectGolden } from '../support-course/golden.js';
import { formatZipListing, readZip } from '../support-package/read-zip.js';
import { sampleCourse, sampleRuntimeDir, sampleSite, sampleSource } from '../support-package/sample-package.js';
import { validateScorm12Manifest } from '../support-package/validate-xsd.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'package', 'scorm12');
const vendorXsd = join(import.meta.dirname, '..', '..', 'vendor', 'xsd', 'scorm12');

async function packageInMemory(site = sampleSite(), course = sampleCourse(), source: CourseSource = sampleSource()) {
  const sink = createDiagnosticSink();
  const output = createMemoryOutput();
  const artifacts = await packageCourse(site, course, { targets: ['scorm12'], source, output, runtimeDir: sampleRuntimeDir }, sink);
  return { artifacts, diagnostics: sink.diagnostics, output };
}

describe('packageCourse (SCORM 1.2)', () => {
  it('makes one zip named <course-id>-scorm12-<version>.zip', async () => {
    const { artifacts, diagnostics, output } = await packageInMemory();
    expect(diagnostics).toEqual([]);
    expect(artifacts).toHaveLength(1);
    expect(artifacts[0]).toMatchObject({ target: 'scorm12', courseId: 'respect-at-work', fileName: 'respect-at-work-scorm12-2027.1.zip' });
    expect(artifacts[0]?.size).toBe(output.files.get('respect-at-work-scorm12-2027.1.zip')?.byteLength);
  });

  it('holds the site, the manifest and the four control documents at the root (golden listing)', async () => {
    const { artifacts } = await packageInMemory();
    const entries = await readZip(artifacts[0]?.bytes ?? new Uint8Array());
    expectGolden(formatZipListing(entries), join(fixtures, 'zip-listing.txt'));
    const root = entries.map((e) => e.name).filter((name) => !name.includes('/'));
    expect(root).toEqual(
      expect.arrayContaining(['imsmanifest.xml', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd']),
    );
  });

  it('ships the control documents byte for byte and a manifest the official XSDs accept', async () => {
    const { artifacts } = await packageInMemory();
    const entries = new Map((await readZip(artifacts[0]?.bytes ?? new Uint8Array())).map((e) => [e.name, e.content]));
    for (const name of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd']) {
      expect(entries.get(name), name).toEqual(readFileSync(join(vendorXsd, name)));
    }
    const manifest = entries.get('imsmanifest.xml')?.toString('utf8') ?? '';
    expect(manifest).toBe(readFileSync(join(fixtures, 'imsmanifest.xml'), 'utf8'));
    expect(await validateScorm12Manifest(manifest)).toEqual({ valid: true, errors: [] });
  });

  it('gives byte-identical packages on every build', async () => {
    const a = (await packageInMemory()).artifacts[0]?.bytes;
    const b = (await packageInMemory()).artifacts[0]?.bytes;
    expect(a && createHash('sha256').update(a).digest('hex')).toBe(b && createHash('sha256').update(b).digest('hex'));
  });

  it('makes a target listed twice only once', async () => {
    const sink = createDiagnosticSink();
    const output = createMemoryOutput();
    const artifacts = await packageCourse(sampleSite(), sampleCourse(), { targets: ['scorm12', 'scorm12'], source: sampleSource(), output, runtimeDir: sampleRuntimeDir }, sink);
    expect(artifacts).toHaveLength(1);
  });

  it('warns about a package larger than LMSs accept, and still writes it', async () => {
    const sink = createDiagnosticSink();
    const output = createMemoryOutput();
    const options = { targets: ['scorm12'] as const, source: sampleSource(), output, maxPackageBytes: 50_000, runtimeDir: sampleRuntimeDir };
    const artifacts = await packageCourse(sampleSite(), sampleCourse(), { ...options, targets: [...options.targets] }, sink);
    expect(artifacts).toHaveLength(1);
    expect(sink.diagnostics).toEqual([
      expect.objectContaining({ code: 'package-too-large', severity: 'warning', message: expect.stringMatching(/^The package "respect-at-work-scorm12-2027.1.zip" is 0\.\d MB, more than 0\.1 MB;/) }),
    ]);
  });
});

describe('packageCourse stops before writing', () => {
  it('when a server-side file would be packaged', async () => {
    const site = sampleSite();
    site.files.push({ path: 'media/form.php', source: 'media/form.php' });
    const source = sampleSource();
    const { artifacts, diagnostics, output } = await packageInMemory(site, sampleCourse(), withFile(source, 'media/form.php'));
    expect(artifacts).toEqual([]);
    expect(output.files.size).toBe(0);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'package-forbidden-file', file: 'media/form.php' })]);
  });

  it('when the launch page is not among the files', async () => {
    const site = { ...sampleSite(), launch: 'start.html' };
    const { artifacts, diagnostics } = await packageInMemory(site);
    expect(artifacts).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'manifest-href-missing', message: 'The manifest "imsmanifest.xml" points at "start.html", which is not in the package.' }),
    ]);
  });

  it('when a course file is missing', async () => {
    const site = sampleSite();
    site.files.push({ path: 'media/gone.png', source: 'media/gone.png' });
    const { artifacts, diagnostics } = await packageInMemory(site);
    expect(artifacts).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'package-source-unreadable', file: 'media/gone.png', message: 'Could not read "media/gone.png" while packaging: it is not in the course folder.' }),
    ]);
  });
});

describe('packageCourse into a folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the zip and reports where it is', async () => {
    const sink = createDiagnosticSink();
    const out = join(dir, 'dist');
    const artifacts = await packageCourse(sampleSite(), sampleCourse(), { targets: ['scorm12'], source: sampleSource(), output: createDirectoryOutput(out), runtimeDir: sampleRuntimeDir }, sink);
    expect(sink.diagnostics).toEqual([]);
    expect(artifacts).toEqual([expect.objectContaining({ path: join(out, 'respect-at-work-scorm12-2027.1.zip') })]);
    expect(readdirSync(out).sort()).toEqual(['respect-at-work-scorm12-2027.1.key.csv', 'respect-at-work-scorm12-2027.1.key.html', 'respect-at-work-scorm12-2027.1.zip']);
    expect(readFileSync(join(out, 'respect-at-work-scorm12-2027.1.zip')).byteLength).toBe(artifacts[0]?.size);
  });

  it('reports output-write-failed in plain words, with no stack, when the folder is a file', async () => {
    const sink = createDiagnosticSink();
    const file = join(dir, 'dist');
    writeFileSync(file, 'not a folder');
    const artifacts = await packageCourse(sampleSite(), sampleCourse(), { targets: ['scorm12'], source: sampleSource(), output: createDirectoryOutput(file), runtimeDir: sampleRuntimeDir }, sink);
    expect(artifacts).toEqual([]);
    expect(sink.diagnostics).toHaveLength(1);
    const [diagnostic] = sink.diagnostics;
    expect(diagnostic?.code).toBe('output-write-failed');
    expect(diagnostic?.message).toMatch(/^Could not write ".*respect-at-work-scorm12-2027\.1\.zip": (part of the path is a file, not a folder|a file is in the way)\.$/);
    expect(diagnostic?.message).not.toMatch(/\n|\bat \S+:\d+/);
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('keeps the previous package whole, its zip and its report key, when the new report key cannot be written', async () => {
    const names = ['respect-at-work-scorm12-2027.1.key.csv', 'respect-at-work-scorm12-2027.1.key.html', 'respect-at-work-scorm12-2027.1.zip'];
    for (const name of names) writeFileSync(join(dir, name), `previous ${name}`);
    // A disk that fills up while the key is written: the output fails that one file as Node.js would.
    const output = createDirectoryOutput(dir);
    const full: typeof output = {
      ...output,
      write: (fileName, data, label) => (fileName.endsWith('.key.html') ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })) : output.write(fileName, data, label)),
    };
    const sink = createDiagnosticSink();
    const artifacts = await packageCourse(sampleSite(), sampleCourse(), { targets: ['scorm12'], source: sampleSource(), output: full, runtimeDir: sampleRuntimeDir }, sink);
    expect(artifacts).toEqual([]);
    expect(sink.diagnostics).toEqual([expect.objectContaining({ code: 'output-write-failed' })]);
    expect(sink.diagnostics[0]?.message).toContain('respect-at-work-scorm12-2027.1.key.html');
    expect(readdirSync(dir).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(dir, name), 'utf8')).toBe(`previous ${name}`);
  });

  it('leaves no partial zip when a course file fails halfway through', async () => {
    const sink = createDiagnosticSink();
    const source = sampleSource();
    const failing: CourseSource = {
      ...source,
      list: () => source.list(),
      has: (path) => source.has(path),
      open: (path) => (path === 'media/amara.mp4' ? failingHalfway() : source.open(path)),
      readSync: undefined, // streamed
    };
    const artifacts = await packageCourse(sampleSite(), sampleCourse(), { targets: ['scorm12'], source: failing, output: createDirectoryOutput(dir), runtimeDir: sampleRuntimeDir }, sink);
    expect(artifacts).toEqual([]);
    expect(sink.diagnostics).toEqual([
      expect.objectContaining({ code: 'package-source-unreadable', file: 'media/amara.mp4', message: 'Could not read "media/amara.mp4" while packaging: the disk reported an input/output error.' }),
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

function withFile(source: CourseSource, path: string): CourseSource {
  return { ...source, has: (p) => p === path || source.has(p), open: (p) => (p === path ? Readable.from([Buffer.from('<?php')]) : source.open(p)) };
}

function failingHalfway(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) return void setImmediate(() => this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })));
      sent = true;
      this.push(Buffer.alloc(32 * 1024, 1));
    },
  });
}

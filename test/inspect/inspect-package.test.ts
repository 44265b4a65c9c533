import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPackage, type PackageReport } from '../../src/inspect/inspect-package.js';
import { compileCourse } from '../../src/compile.js';
import { createMemorySource } from '../../src/load/course-source.js';
import { decisionsCourse } from '../runtime/blocks/fixtures/decisions-course.js';
import { rezip, samplePackageBytes } from '../support-package/rezip.js';
import { mp4 } from '../support-course/media-bytes.js';

const codes = (report: PackageReport): string[] => report.diagnostics.map((d) => d.code);
const errors = (report: PackageReport): string[] => report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
const scorm = async (): Promise<Uint8Array> => (await samplePackageBytes('respect-at-work')).get('scorm12') ?? new Uint8Array();

describe.each(['getting-started', 'respect-at-work'])('inspect on the sample course %s', (course) => {
  it.each(['scorm12', 'xapi', 'cmi5'])('accepts its %s package and reads what it will report', async (target) => {
    const bytes = (await samplePackageBytes(course)).get(target);
    const report = await inspectPackage(bytes ?? new Uint8Array(), `${course}-${target}.zip`);
    expect(report.diagnostics).toEqual([]);
    expect(report).toMatchObject({ standard: target, valid: true, facts: { launch: 'index.html' } });
    // The flagship's packages are its editions': the first, employee, here.
    expect(report.coursewright?.courseId).toBe(course === 'respect-at-work' ? 'respect-at-work-employee' : course);
    expect(report.largest.length).toBeGreaterThan(0);
  });
});

describe('inspect lists what the player sends, as the player decides it', () => {
  const packages = async (files: Record<string, string | Uint8Array>, targets: ('scorm12' | 'xapi')[]): Promise<Map<string, PackageReport>> => {
    const result = await compileCourse({ source: createMemorySource(files), targets });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return new Map(await Promise.all(result.artifacts.map(async (a) => [a.target, await inspectPackage(a.bytes ?? new Uint8Array(), a.fileName)] as const)));
  };

  it('under reporting.decisions: anonymous-score, a scenario summary and no decision or practice choice; a named policy as fill-in text; a reflection as SCORM 1.2 has it', async () => {
    const reports = await packages(decisionsCourse('anonymous-score'), ['scorm12', 'xapi']);
    const listed = (target: string) => reports.get(target)?.coursewright?.interactions.map(({ id, type }) => `${id} ${type}`);
    expect(listed('scorm12')).toEqual(['break-room numeric', 'q-signs choice', 'q-tf true-false', 'r-moment fill-in', 'ack-policy fill-in']);
    expect(listed('xapi')).toEqual(['break-room numeric', 'q-signs choice', 'q-tf true-false', 'r-moment long-fill-in', 'ack-policy fill-in']);
  });

  it('reads a long course, whose later lessons\u2019 outline is a file of its own', async () => {
    const lesson = (n: number) => `---\ntitle: Part ${n}\n---\n${'Words of the part. '.repeat(20)}\n\n:::check{#q-${n} graded}\nQuestion ${n}?\n\n- [x] Right\n- [ ] Wrong\n:::\n`;
    const files: Record<string, string> = { 'course.yml': `id: long\ntitle: Long\nlessons:\n${Array.from({ length: 150 }, (_, i) => `  - lessons/l${i + 1}.md\n`).join('')}` };
    for (let n = 1; n <= 150; n++) files[`lessons/l${n}.md`] = lesson(n);
    const report = (await packages(files, ['xapi'])).get('xapi');
    expect(report?.coursewright?.interactions.map((i) => i.id)).toEqual(Array.from({ length: 150 }, (_, i) => `q-${i + 1}`));
  });
});

describe('inspect on broken packages', () => {
  it('lists the mastery score, item count and the interactions of a coursewright package', async () => {
    const report = await inspectPackage(await scorm(), 'ok.zip');
    expect(report.facts).toMatchObject({ masteryScore: '80', items: 1, identifier: 'respect-at-work-employee-v2027.1' });
    expect(report.coursewright?.interactions).toContainEqual({ id: 'q-too-late', type: 'true-false', block: 'check' });
    expect(report.coursewright?.interactions).toContainEqual({ id: 'p-handover', type: 'sequencing', block: 'practice' });
    // A decision is reported under its decision point; the choice taken is its response.
    expect(report.coursewright?.interactions).toContainEqual({ id: 'break-room.intro', type: 'choice', block: 'scenario', choices: expect.arrayContaining(['laugh', 'name-it']) });
  });

  it('reads the pass mark in the form of each standard (SCORM 2004 as its primary objective\u2019s measure)', async () => {
    const bytes = await samplePackageBytes('respect-at-work');
    const mastery = async (target: string) => (await inspectPackage(bytes.get(target) ?? new Uint8Array(), `${target}.zip`)).facts?.masteryScore;
    expect([await mastery('scorm12'), await mastery('scorm2004'), await mastery('cmi5')]).toEqual(['80', '0.8', '0.8']);
  });

  it('rejects a missing launch file and a missing media file, naming the near miss by case', async () => {
    let media = '';
    const bytes = await rezip(await scorm(), (files) => {
      files.delete('index.html');
      media = [...files.keys()].find((name) => name.startsWith('media/')) ?? '';
      const content = files.get(media);
      files.delete(media);
      if (content) files.set(`media/${media.slice(6, 7).toUpperCase()}${media.slice(7)}`, content);
    });
    expect(media).not.toBe('');
    const report = await inspectPackage(bytes, 'broken.zip');
    expect(errors(report)).toEqual(expect.arrayContaining(['inspect-launch-missing', 'inspect-file-missing']));
    const missing = report.diagnostics.find((d) => d.code === 'inspect-file-missing' && d.message.includes(media));
    expect(missing).toMatchObject({ file: 'imsmanifest.xml', hint: expect.stringContaining(`"media/${media.slice(6, 7).toUpperCase()}${media.slice(7)}"`) });
    expect(missing?.range?.start.line).toBeGreaterThan(1);
  });

  it('reads every WebVTT file as players do: captions converted from .srt that kept their commas, at their line, a file without cues, and says which file it did not read', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      // One byte over the 10 MB the build reads: not checked, and reported so.
      files.set('media/joined.vtt', Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(10 * 1024 * 1024 - 7, 0x20)]));
      files.set('media/talk.en.vtt', Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n'));
      files.set('media/talk.es.vtt', Buffer.from('WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHola.\n'));
      files.set('media/Talk.Chapters.VTT', Buffer.from('\uFEFFWEBVTT\n\nNOTE to do\n'));
    });
    const report = await inspectPackage(bytes, 'vendor.zip');
    expect(report.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}`)).toEqual([
      'media/Talk.Chapters.VTT:1:1 error vtt-no-cues',
      'media/joined.vtt:undefined:undefined warning inspect-vtt-not-read',
      'media/talk.es.vtt:4:9 error vtt-cue-lost',
    ]);
    expect(report.diagnostics[1]?.message).toBe('"media/joined.vtt" is 10,485,761 bytes, more than the 10 MB inspect reads from a WebVTT file; its captions were not checked.');
    expect(report.diagnostics[2]?.message).toBe('Players skip this cue of the WebVTT file "media/talk.es.vtt", so learners never see it: No decimal separator (".") found.');
  });

  it("checks another tool's media as the build checks a course's: an HEVC interview, a photo that is HEIC, a web page saved as a recording", async () => {
    const bytes = await rezip(await scorm(), (files) => {
      files.set('media/talk.mp4', Buffer.from(mp4('hvc1')));
      files.set('media/ward.jpg', Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')]));
      // .wav is deflated in a zip: read by inflating it, where the others are read in place.
      files.set('media/voice.wav', Buffer.from('<!DOCTYPE html><html><body>Sign in</body></html>'));
    });
    const lines = (report: PackageReport): string[] => report.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}: ${d.message}`);
    const expected = [
      'media/talk.mp4 warning asset-codec-limited: The file "media/talk.mp4" holds HEVC (H.265) video, which many browsers or devices cannot play: Chrome, Edge and Firefox play it only where the device has hardware for it, so on many work PCs and older phones the player stays blank.',
      'media/voice.wav error asset-not-its-type: The file "media/voice.wav" is not a WAV recording: it is a text file.',
      'media/ward.jpg error asset-not-its-type: The file "media/ward.jpg" is not a JPEG image: it is a HEIC image (the iPhone photo format).',
    ];
    expect(lines(await inspectPackage(bytes, 'vendor.zip'))).toEqual(expected);
    // Read from its path, as `coursewright inspect` does: stored entries at their place in the file.
    const dir = mkdtempSync(join(tmpdir(), 'cw-inspect-media-'));
    try {
      writeFileSync(join(dir, 'vendor.zip'), bytes);
      expect(lines(await inspectPackage(join(dir, 'vendor.zip'), 'vendor.zip'))).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a manifest that breaks the official schema, with the line', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      const xml = files.get('imsmanifest.xml')?.toString('utf8') ?? '';
      files.set('imsmanifest.xml', Buffer.from(xml.replace('identifier="respect-at-work-employee-v2027.1"', 'identifier="2027 respect"')));
    });
    const report = await inspectPackage(bytes, 'invalid.zip');
    expect(report.valid).toBe(false);
    expect(errors(report)).toEqual(expect.arrayContaining(['inspect-manifest-invalid', 'inspect-identifier-not-ncname']));
    expect(report.diagnostics.find((d) => d.code === 'inspect-manifest-invalid')?.range?.start.line).toBeGreaterThan(1);
  });

  it('rejects malformed XML without guessing at its contents', async () => {
    const bytes = await rezip(await scorm(), (files) => files.set('imsmanifest.xml', Buffer.from('<manifest><organizations></manifest>')));
    const report = await inspectPackage(bytes, 'malformed.zip');
    expect(report).toMatchObject({ manifest: 'imsmanifest.xml', valid: false });
    expect(report.facts).toBeUndefined();
    expect(report.diagnostics[0]?.message).toMatch(/parser error/);
  });

  it('rejects a manifest with a DOCTYPE at its line, without expanding its entities', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      const xml = files.get('imsmanifest.xml')?.toString('utf8') ?? '';
      // A "billion laughs": ten levels of entities, each ten of the one below.
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`);
      const declaration = `<!DOCTYPE manifest [\n<!ENTITY a "laugh">\n${entities.join('\n')}\n]>\n`;
      const end = xml.indexOf('?>') + 2;
      files.set('imsmanifest.xml', Buffer.from(`${xml.slice(0, end)}\n${declaration}${xml.slice(end).replace('<title>', '<title>&j;')}`));
    });
    const report = await inspectPackage(bytes, 'doctype.zip');
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => `${d.file}:${d.range?.start.line} ${d.code}`)).toEqual(['imsmanifest.xml:2 inspect-manifest-doctype']);
  });

  it('rejects unsafe and server-side names and warns about operating-system clutter', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      files.set('Notes for HR.html', Buffer.from('<p>notes</p>'));
      files.set('upload.php', Buffer.from('<?php ?>'));
      files.set('__MACOSX/._index.html', Buffer.from('junk'));
      files.set('.DS_Store', Buffer.from('junk'));
    });
    const report = await inspectPackage(bytes, 'unsafe.zip');
    expect(errors(report).sort()).toEqual(['package-forbidden-file', 'package-unsafe-path']);
    expect(report.diagnostics.find((d) => d.code === 'package-unsafe-path')).toMatchObject({ file: 'Notes for HR.html', message: expect.stringContaining('a space') });
    expect(codes(report).filter((c) => c === 'inspect-junk-file')).toHaveLength(2);
  });

  it('tells its own web package for what it is, a website no LMS imports, not a broken package', async () => {
    const web = (await samplePackageBytes('getting-started', ['web'])).get('web') ?? new Uint8Array();
    const report = await inspectPackage(web, 'getting-started-web.zip');
    expect(report.diagnostics.map((d) => [d.code, d.severity])).toEqual([['inspect-web-package', 'info']]);
    expect(report.standard).toBeUndefined();
    // Without its player, the same files are a zip with no manifest: an error.
    const stripped = await rezip(web, (files) => {
      for (const name of [...files.keys()]) if (name.startsWith('assets/coursewright')) files.delete(name);
    });
    expect(errors(await inspectPackage(stripped, 'site.zip'))).toEqual(['inspect-manifest-missing']);
  });

  it('rejects a package wrapped in a top-level folder, saying where the manifest is', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      for (const [name, content] of [...files]) {
        files.delete(name);
        files.set(`respect-at-work/${name}`, content);
      }
    });
    const report = await inspectPackage(bytes, 'wrapped.zip');
    expect(errors(report).sort()).toEqual(['inspect-manifest-missing', 'inspect-wrapper-folder']);
    expect(report.diagnostics.find((d) => d.code === 'inspect-manifest-missing')?.message).toContain('"respect-at-work/imsmanifest.xml"');
  });

  it('warns about a manifest identifier whose first 15 characters SuccessFactors cannot tell apart', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      const xml = files.get('imsmanifest.xml')?.toString('utf8') ?? '';
      files.set('imsmanifest.xml', Buffer.from(xml.replace('identifier="respect-at-work-employee-v2027.1"', 'identifier="com.example.courses.respect"')));
    });
    const report = await inspectPackage(bytes, 'generic.zip');
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'inspect-identifier-prefix', severity: 'warning' })]);
  });

  it('recognises SCORM 2004 by its schemaversion and validates it against the 2004 XSDs', async () => {
    const bytes = (await samplePackageBytes('respect-at-work', ['scorm2004'])).get('scorm2004');
    const report = await inspectPackage(bytes ?? new Uint8Array(), '2004.zip');
    expect(report).toMatchObject({ standard: 'scorm2004', valid: true, facts: { launch: 'index.html' } });
    expect(report.diagnostics).toEqual([]);
    const broken = await rezip(bytes ?? new Uint8Array(), (files) => {
      const xml = files.get('imsmanifest.xml')?.toString('utf8') ?? '';
      files.set('imsmanifest.xml', Buffer.from(xml.replace(/<title>/, '<titel>').replace(/<\/title>/, '</titel>')));
    });
    expect(errors(await inspectPackage(broken, 'broken-2004.zip'))).toContain('inspect-manifest-invalid');
  });

  it('reports a file that is not a zip', async () => {
    const report = await inspectPackage(new TextEncoder().encode('not a zip'), 'text.zip');
    expect(errors(report)).toEqual(['inspect-zip-unreadable']);
  });

  it('reads a name with a backslash as unzip on Linux does, a file at the root, not a folder', async () => {
    const bytes = await rezip(await scorm(), (files) => {
      const media = [...files.keys()].find((name) => name.startsWith('media/')) ?? '';
      const content = files.get(media);
      files.delete(media);
      if (content) files.set(media.replace('/', '\\'), content);
    });
    const report = await inspectPackage(bytes, 'windows.zip');
    expect(errors(report)).toEqual(expect.arrayContaining(['package-unsafe-path', 'inspect-file-missing']));
    expect(report.diagnostics.find((d) => d.code === 'package-unsafe-path')?.message).toContain('"\\"');
  });

  it('reports an entry compressed with LZMA, or damaged, and inspects the rest (never an internal error)', async () => {
    const lzma = setMethod(await rezip(await scorm(), () => undefined), 'index.html', 14);
    const report = await inspectPackage(lzma, 'lzma.zip');
    expect(report.diagnostics.find((d) => d.code === 'inspect-compression-unsupported')).toMatchObject({ file: 'index.html', message: expect.stringContaining('method 14') });
    expect(report.facts?.launch).toBe('index.html');
    const damaged = damage(await rezip(await scorm(), () => undefined), 'index.html');
    const broken = await inspectPackage(damaged, 'damaged.zip');
    expect(broken.diagnostics.find((d) => d.code === 'inspect-zip-unreadable')).toMatchObject({ file: 'index.html', message: expect.stringContaining('the entry "index.html" is damaged') });
    expect(broken.facts?.launch).toBe('index.html');
  });

  it('warns when the zip is larger than many LMSs accept', async () => {
    const report = await inspectPackage(await scorm(), 'ok.zip', { maxPackageBytes: 1000 });
    expect(codes(report)).toEqual(['package-too-large']);
  });
});

/** Where an entry's local header starts, found through its central directory record. */
function localHeaderOf(zip: Buffer, name: string): { central: number; local: number } {
  for (let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)) {
    const length = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + length).toString('utf8') === name) return { central: at, local: zip.readUInt32LE(at + 42) };
  }
  throw new Error(`no entry ${name}`);
}

/** The zip with the compression method of entry `name` set to `method` in both its headers, as another tool would write it. */
function setMethod(bytes: Uint8Array, name: string, method: number): Uint8Array {
  const zip = Buffer.from(bytes);
  const { central, local } = localHeaderOf(zip, name);
  zip.writeUInt16LE(method, central + 10);
  zip.writeUInt16LE(method, local + 8);
  return zip;
}

/** The zip with the middle byte of entry `name`'s data changed, as a broken download leaves it. */
function damage(bytes: Uint8Array, name: string): Uint8Array {
  const zip = Buffer.from(bytes);
  const { central, local } = localHeaderOf(zip, name);
  const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const middle = data + Math.floor(zip.readUInt32LE(central + 20) / 2);
  zip[middle] = (zip[middle] ?? 0) ^ 0xff;
  return zip;
}

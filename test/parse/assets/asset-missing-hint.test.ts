import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { mediaBytes } from '../../support-course/media-bytes.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

/** Validate a one-lesson course whose lesson body is `body`, with `files` beside it. */
async function validate(body: string, files: Record<string, string | Uint8Array> = {}): Promise<Diagnostic[]> {
  const result = await compileCourse({
    files: { 'course.yml': 'id: t1\ntitle: Test\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${body}\n`, 'media/ward.png': png, ...files },
    validateOnly: true,
  });
  return result.diagnostics;
}

const hints = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => `${d.code}: ${d.hint}`);

describe('a path written from the course folder instead of from the file that uses it', () => {
  it('in an image or a link: told the path from the lesson, and what paths are relative to', async () => {
    const hint = 'asset-missing: Did you mean "../media/ward.png"? Paths are relative to the file that uses them (lessons/one.md), not to the course folder, and case-sensitive (LMS servers run on Linux).';
    expect(hints(await validate('![The ward](media/ward.png)'))).toEqual([hint]);
    expect(hints(await validate('[See the ward](media/ward.png#top)'))).toEqual([hint]);
  });

  it('in a block attribute', async () => {
    const diagnostics = await validate('::::interview{#amara speaker="Amara" audio="media/amara.mp3"}\n::::', { 'media/amara.mp3': mediaBytes.mp3 });
    // (Its missing captions and transcript are reported too.)
    expect(hints(diagnostics.filter((d) => d.code === 'asset-missing'))).toEqual(['asset-missing: Did you mean "../media/amara.mp3"? Paths are relative to the file that uses them (lessons/one.md), not to the course folder, and case-sensitive (LMS servers run on Linux).']);
  });

  it('in a transcript, from its own folder', async () => {
    const diagnostics = await validate('::::interview{#amara speaker="Amara" audio="../media/amara.mp3" captions="../media/amara.vtt" transcript="../media/amara.md"}\n::::', {
      'media/amara.mp3': mediaBytes.mp3,
      'media/amara.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
      'media/amara.md': 'Hello.\n\n![The ward](media/ward.png)\n',
    });
    expect(hints(diagnostics)).toEqual(['asset-missing: Did you mean "ward.png"? Paths are relative to the file that uses them (media/amara.md), not to the course folder, and case-sensitive (LMS servers run on Linux).']);
  });

  it('for a scenario file', async () => {
    const diagnostics = await validate('::scenario{src="scenarios/lunch.yml"}', { 'scenarios/lunch.yml': 'id: lunch\n' });
    expect(hints(diagnostics)).toEqual(['scenario-file-missing: Did you mean "../scenarios/lunch.yml"? Scenario paths are relative to the lesson file (lessons/one.md), not to the course folder, e.g. src="../scenarios/break-room.yml".']);
  });

  it('is not guessed when the course has no file there: the closest file, or nothing', async () => {
    expect(hints(await validate('![The ward](media/wards.png)'))).toEqual(['asset-missing: Paths are relative to the file that uses them and case-sensitive (LMS servers run on Linux).']);
    expect(hints(await validate('![The ward](../media/ward.PNG)'))).toEqual(['asset-missing: Did you mean "../media/ward.png"? Paths are relative to the file that uses them and case-sensitive (LMS servers run on Linux).']);
    expect(hints(await validate('::scenario{src="../scenarios/lunch.yml"}'))).toEqual(['scenario-file-missing: Scenario paths are relative to the lesson file, e.g. src="../scenarios/break-room.yml".']);
  });
});

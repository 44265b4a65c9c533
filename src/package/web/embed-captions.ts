import { embeddedCaptionsId, type EmbeddedCaptions } from '../../model/embedded-captions.js';
import type { Course } from '../../model/course.js';
import { siteFileContent, type Site, type SiteFile } from '../../model/site.js';
import { lessonScript, lessonScriptPath, readLessonScript } from '../../render/lesson-scripts.js';
import { scriptJson } from '../../render/script-json.js';

/**
 * The site with the cues of every interview's caption files embedded, for the web runtime to build
 * text tracks from (`attachEmbeddedCaptions`): a page opened from `file://` cannot load
 * `<track src>`. Each lesson's cues go where its HTML is: those of the lesson in the page into the
 * page, those of a lesson loaded later into its script (`LessonContent.captions`), so the first
 * page costs the same whatever the number of lessons. The .vtt files stay in the package for
 * players and hosts that use them. A course without captions gets its site back unchanged.
 */
export function embedCaptions(site: Site, course: Course): Site {
  const byPath = new Map<string, SiteFile>(site.files.map((file) => [file.path, file]));
  const pageCaptions: EmbeddedCaptions = {};
  const scripts = new Map<string, SiteFile>();
  course.lessons.forEach((lesson, index) => {
    const captions = lessonCaptions(lesson);
    if (!Object.keys(captions).length) return;
    const path = lessonScriptPath(index);
    const file = byPath.get(path);
    // The cues go into the lesson's script as it is made (see `SiteFile.make`).
    if (file) scripts.set(path, { path, make: () => withCaptions(String(siteFileContent(file) ?? ''), index, captions) });
    else Object.assign(pageCaptions, captions);
  });
  if (!Object.keys(pageCaptions).length && !scripts.size) return site;
  const element = `<script type="application/json" id="${embeddedCaptionsId}">${scriptJson(sorted(pageCaptions))}</script>\n`;
  return {
    ...site,
    files: site.files.map((file) => {
      const script = scripts.get(file.path);
      if (script) return script;
      if (file.path !== site.launch || typeof file.content !== 'string' || !Object.keys(pageCaptions).length) return file;
      // Before the runtime's script, which reads it as soon as it runs.
      const at = file.content.lastIndexOf('<script');
      const index = at >= 0 ? at : file.content.length;
      return { ...file, content: file.content.slice(0, index) + element + file.content.slice(index) };
    }),
  };
}

/** A lesson script with `captions` added to its content; any other text as it is. */
function withCaptions(text: string, index: number, captions: EmbeddedCaptions): string {
  const script = readLessonScript(text);
  return script?.index === index ? lessonScript(index, { ...script.content, captions }) : text;
}

/** The cues of the caption files a lesson's interviews use (read when the course was parsed), by path, sorted. */
function lessonCaptions(lesson: Course['lessons'][number]): EmbeddedCaptions {
  const captions: EmbeddedCaptions = {};
  for (const block of lesson.blocks) {
    if (block.kind !== 'interview') continue;
    for (const track of block.captions) captions[track.path] ??= track.cues;
  }
  return sorted(captions);
}

function sorted(captions: EmbeddedCaptions): EmbeddedCaptions {
  return Object.fromEntries(Object.entries(captions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

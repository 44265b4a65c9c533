import type { CourseSource } from '../../load/course-source.js';
import { embeddedCaptionsId, type EmbeddedCaptions } from '../../model/embedded-captions.js';
import type { Course } from '../../model/course.js';
import type { Site } from '../../model/site.js';
import { scriptJson } from '../../render/script-json.js';
import { parseVttCues } from './parse-vtt-cues.js';
import { SourceFileError } from '../../load/source-file-error.js';

/**
 * The site with the cues of every interview's caption files embedded in its page, for the web
 * runtime to build text tracks from (`attachEmbeddedCaptions`): a page opened from `file://`
 * cannot load `<track src>`. The .vtt files stay in the package for players and hosts that use
 * them. A course without captions gets its site back unchanged.
 */
export function embedCaptions(site: Site, course: Course, source: CourseSource): Site {
  const captions: EmbeddedCaptions = {};
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      if (block.kind !== 'interview') continue;
      for (const track of block.captions) {
        if (!source.has(track.path) || captions[track.path]) continue;
        try {
          captions[track.path] = parseVttCues(source.readText(track.path));
        } catch (error) {
          // Read when the course was parsed; changed since, it fails when it is packaged, with its name.
          if (!(error instanceof SourceFileError)) throw error;
        }
      }
    }
  }
  if (!Object.keys(captions).length) return site;
  const sorted = Object.fromEntries(Object.entries(captions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const element = `<script type="application/json" id="${embeddedCaptionsId}">${scriptJson(sorted)}</script>\n`;
  return {
    ...site,
    files: site.files.map((file) => {
      if (file.path !== site.launch || typeof file.content !== 'string') return file;
      // Before the runtime's script, which reads it as soon as it runs.
      const at = file.content.lastIndexOf('<script');
      const index = at >= 0 ? at : file.content.length;
      return { ...file, content: file.content.slice(0, index) + element + file.content.slice(index) };
    }),
  };
}

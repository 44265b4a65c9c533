import { join } from 'node:path';
import { createMemorySource, type CourseSource } from '../../src/load/course-source.js';
import type { Course } from '../../src/model/course.js';
import type { Site, TargetName } from '../../src/model/site.js';
import { addRuntimeBundle } from '../../src/package/runtime-bundle.js';

/** A small course as the parser would produce it; only what packaging reads matters. */
export function sampleCourse(overrides: Partial<Course> = {}): Course {
  const at = { file: 'course.yml' };
  return {
    id: 'respect-at-work',
    iri: 'https://learning.example.org/courses/respect-at-work',
    title: 'Respect at work: "speak up" & <support>',
    description: 'Short description shown in the LMS.',
    version: '2027.1',
    language: 'en',
    lessons: [
      { id: 'welcome', title: 'Welcome', file: 'lessons/welcome.md', blocks: [], at: { file: 'lessons/welcome.md' } },
      { id: 'speaking-up', title: 'Speaking up & <listening>', file: 'lessons/speaking-up.md', blocks: [], at: { file: 'lessons/speaking-up.md' } },
    ],
    completion: ['all-lessons'],
    masteryScore: 80,
    targets: ['scorm12'],
    support: { title: 'Support is available', resources: [] },
    reporting: { reflections: 'private', decisions: 'all' },
    assets: ['media/amara.en.vtt', 'media/amara.mp4', 'media/station.jpg'],
    settingAt: { completion: at, masteryScore: at },
    at,
    ...overrides,
  };
}

/** Bytes of the sample media; the video is large enough to show it is not deflated. */
export const sampleMedia: Record<string, Uint8Array | string> = {
  'course.yml': 'id: respect-at-work\n',
  'media/amara.mp4': new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 251),
  'media/amara.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello, I am Amara.\n',
  'media/station.jpg': new Uint8Array(4096).map((_, i) => (i * 31) % 256),
};

/**
 * The rendered site of the sample course: rendered files in memory, media from the source. Like
 * the renderer's, it has no runtime script: the package stage adds the target's bundle.
 */
export function sampleSite(): Site {
  return {
    launch: 'index.html',
    script: 'assets/coursewright.js',
    files: [
      { path: 'assets/coursewright.css', content: 'body { margin: 0; }\n'.repeat(20) },
      { path: 'index.html', content: '<!doctype html>\n<html lang="en"><title>Respect at work</title></html>\n' },
      { path: 'media/amara.en.vtt', source: 'media/amara.en.vtt' },
      { path: 'media/amara.mp4', source: 'media/amara.mp4' },
      { path: 'media/station.jpg', source: 'media/station.jpg' },
    ],
  };
}

export function sampleSource(): CourseSource {
  return createMemorySource(sampleMedia);
}

/**
 * Stand-in runtime bundles, one per target (`coursewright-<target>.js`), each naming its target:
 * pass as `runtimeDir` so golden listings do not change whenever the real runtime does.
 */
export const sampleRuntimeDir = join(import.meta.dirname, '..', 'fixtures', 'package', 'runtime');

/** The sample site as `target` packages it: with that target's stand-in runtime bundle. */
export function sampleSiteFor(target: TargetName): Site {
  return addRuntimeBundle(sampleSite(), target, sampleRuntimeDir);
}

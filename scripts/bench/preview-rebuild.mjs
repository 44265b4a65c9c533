// Measures what an author waits for in `coursewright preview` after saving one lesson: the preview
// is started as the author starts it (the CLI, which keeps one build cache across its rebuilds),
// each save is followed by the build it causes, and the build time the preview reports is taken.
/* global fetch */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { TextDecoderStream } from 'node:stream/web';
import { setTimeout as sleep } from 'node:timers/promises';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Starts the preview of `dir`, saves `lesson` (a path) `edits` times with one more line each (after
 * one save not counted), and gives the median rebuild time the preview measured (`rebuild`), the median time from save to
 * build done (`saveToBuilt`, adding the file watcher and the preview's wait for a burst of saves
 * to end), and the first, uncached build (`first`), in milliseconds.
 */
export async function measurePreviewRebuild(cli, dir, lesson, edits) {
  const child = spawn(process.execPath, [cli, 'preview', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const original = await readFile(lesson, 'utf8');
  try {
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`coursewright preview stopped (${code}):\n${output}`)));
    });
    const builds = [];
    const response = await fetch(`${url}__preview/events`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) builds.push({ at: performance.now(), status: JSON.parse(data) });
        }
      }
    })();
    const nextBuild = async (after) => {
      for (let waited = 0; waited < 30_000; waited += 5) {
        const build = builds.find((b) => b.at > after);
        if (build) return build;
        await sleep(5);
      }
      throw new Error('The preview did not rebuild after a save.');
    };
    const first = (await nextBuild(0)).status;
    if (!first.ok) throw new Error(`The preview could not build the course:\n${first.diagnostics.join('\n')}`);
    const rebuild = [];
    const saveToBuilt = [];
    // One save first, not counted: the first rebuild also warms up code the first build did not run.
    for (let i = 0; i <= edits; i++) {
      await sleep(300); // let the watcher settle, so each save makes one build
      const saved = performance.now();
      await writeFile(lesson, `${original}\nEdit ${i + 1} for the benchmark.\n`);
      const build = await nextBuild(saved);
      if (i === 0) continue;
      rebuild.push(build.status.ms);
      saveToBuilt.push(build.at - saved);
    }
    await reader.cancel();
    return { first: first.ms, rebuild: median(rebuild), saveToBuilt: median(saveToBuilt), edits };
  } finally {
    child.kill('SIGTERM');
    await writeFile(lesson, original);
  }
}

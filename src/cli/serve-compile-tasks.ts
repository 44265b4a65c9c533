// What a child process of `coursewright build` does (src/cli/compile-worker.ts starts it): compile
// the courses its parent sends, so builds of several courses use every core (src/cli/compile-pool.ts).
// A process rather than a thread: it owns its temporary files and removes them itself when the build
// is interrupted or the parent is gone.
import { removeTempFiles } from '../package/temp-files.js';
import { runCompileTask, type CompileTask } from './compile-task.js';
import type { WorkerMessage } from './compile-pool.js';

/** Serve the parent's compile requests until it disconnects. */
export function serveCompileTasks(): void {
  const send = (message: WorkerMessage): void => {
    process.send?.(message);
  };

  // Ctrl-C reaches every process of the terminal's group: clean up quietly, the parent says so.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
  // The parent is done, stopped on its own (SIGTERM to it alone) or killed: the channel closes.
  process.on('disconnect', () => {
    removeTempFiles();
    process.exit(0);
  });
  process.on('message', (request: { id: number; task: CompileTask }) => {
    runCompileTask(request.task, (progress) => send({ type: 'progress', id: request.id, progress })).then(
      (result) => send({ type: 'done', id: request.id, result }),
      (error: unknown) => send({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
}

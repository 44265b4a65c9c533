import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../render/package-root.js';
import { runCompileTask, type CompileTask, type CompileTaskResult, type TaskProgress } from './compile-task.js';

/** What a worker (src/cli/compile-worker.ts) tells its parent. */
export type WorkerMessage =
  | { type: 'progress'; id: number; progress: TaskProgress }
  | { type: 'done'; id: number; result: CompileTaskResult }
  | { type: 'failed'; id: number; message: string };

/** Runs compile tasks on this process and up to `jobs - 1` worker processes, started when first needed. */
export interface CompilePool {
  /**
   * Run the tasks (one per course) and return their results in task order, so what is printed
   * does not depend on which finished first; the packages are the same bytes whichever process
   * makes them. A worker that fails or dies fails the run (an internal error).
   */
  run(tasks: readonly CompileTask[], options?: RunOptions): Promise<CompileTaskResult[]>;
  /** Let the workers go; one still writing removes its unfinished files. */
  close(): void;
}

export interface RunOptions {
  /** How much work each task is (e.g. its packages): heavier tasks start first, so the processes finish together. */
  weights?: readonly number[];
  /** A package of task `index` is being made. */
  onProgress?: (index: number, progress: TaskProgress) => void;
}

/**
 * A pool of `jobs` lanes: this process and `jobs - 1` workers (src/cli/compile-worker.ts), each
 * taking the next task when done. The workers are started by the first run with more than one
 * task, and kept for the next run (a build checks every course, then builds them), because
 * starting one costs about as much as checking a small course. A CLI that was not bundled (no
 * build/cli/compile-worker.js, e.g. running from src/) uses this process alone.
 */
export function createCompilePool(jobs: number): CompilePool {
  const workerFile = join(packageRoot(), 'build', 'cli', 'compile-worker.js');
  const workers: Worker[] = [];
  // Which lane (0: this process, n: workers[n - 1]) last compiled each course folder.
  const seen = new Map<string, number>();
  return {
    async run(tasks, options = {}) {
      const lanes = existsSync(workerFile) ? Math.max(1, Math.min(Math.floor(jobs), tasks.length)) : 1;
      while (workers.length < lanes - 1) workers.push(startWorker(workerFile));
      const order = tasks.map((_, index) => index).sort((a, b) => (options.weights?.[b] ?? 0) - (options.weights?.[a] ?? 0) || a - b);
      const results: CompileTaskResult[] = new Array<CompileTaskResult>(tasks.length);
      // A lane takes the heaviest course it checked before, else the heaviest left: a process builds
      // what it has just checked with about a third less CPU (measured on the sample courses).
      const next = (lane: number): number | undefined => {
        const own = order.findIndex((index) => seen.get(tasks[index]!.dir) === lane);
        return order.splice(own >= 0 ? own : 0, 1)[0];
      };
      const lane = async (id: number, runTask: (index: number) => Promise<CompileTaskResult>): Promise<void> => {
        for (let index = next(id); index !== undefined; index = next(id)) {
          seen.set(tasks[index]!.dir, id);
          results[index] = await runTask(index);
        }
      };
      const progressOf = (index: number) => options.onProgress && ((progress: TaskProgress) => options.onProgress?.(index, progress));
      // Workers first: this process's lane compiles synchronously until its first wait, and the
      // workers should have their first task by then.
      await Promise.all([
        ...workers.slice(0, lanes - 1).map((worker, id) => lane(id + 1, (index) => runInWorker(worker, index, tasks[index]!, progressOf(index)))),
        lane(0, (index) => runCompileTask(tasks[index]!, progressOf(index))),
      ]);
      return results;
    },
    close() {
      for (const { child } of workers) if (child.connected) child.disconnect();
    },
  };
}

interface Worker {
  child: ChildProcess;
  /** The end of its stderr, for the message when it dies. */
  stderr: () => string;
}

function startWorker(file: string): Worker {
  // A debugger flag would make every worker listen on the same port.
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
  const child = fork(file, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv });
  let tail = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-2000);
  });
  return { child, stderr: () => tail.trim() };
}

function runInWorker(worker: Worker, id: number, task: CompileTask, onProgress: ((progress: TaskProgress) => void) | undefined): Promise<CompileTaskResult> {
  const { child } = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage): void => {
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(new Error(message.message)));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      finish(() => reject(new Error(`a build process stopped (${signal ?? `exit code ${code}`}) while building ${task.dir}${worker.stderr() ? `: ${worker.stderr()}` : ''}`)));
    };
    const finish = (settle: () => void): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.send({ id, task });
  });
}

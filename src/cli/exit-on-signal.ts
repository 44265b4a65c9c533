import { removeTempFiles } from '../package/temp-files.js';

/** Shell convention: 128 + the signal number. */
/** How long an interrupted build waits, before a second sweep, for file system calls already under way. */
const settleMs = 50;

const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * While `work` runs, Ctrl-C (SIGINT) or SIGTERM removes the packages being written (hidden
 * `.tmp` files, and `.tmp` folders for unpacked web packages, that can be as large as the course's
 * media) and a replaced web folder still being deleted, then exits with 130 or 143. Without
 * this, Node's default handling would end the process and leave them in the output folder.
 * The handlers are removed when `work` ends, so the CLI used as a library keeps Node's defaults.
 */
export async function exitOnSignal<T>(work: () => Promise<T>, onSignal: (message: string) => void): Promise<T> {
  const handlers = Object.entries(signalExitCodes).map(([signal, code]) => {
    const handler = (): void => {
      const removed = removeTempFiles(settleMs);
      onSignal(`coursewright: interrupted (${signal})${removed.length ? `; removed ${removed.length} unfinished package${removed.length === 1 ? '' : 's'}` : ''}.`);
      process.exit(code);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  try {
    return await work();
  } finally {
    for (const off of handlers) off();
  }
}

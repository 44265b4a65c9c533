import { execFileSync } from 'node:child_process';
import { maxTextFileBytes } from './text-file-limits.js';

/** How far back to look: a translation older than this many commits of its original is shown without a diff. */
const maxCommits = 200;

/**
 * An earlier text of a course file from the git history of the folder it is in: the newest
 * committed version for which `matches` holds (e.g. whose hash is a translation's `translation-of`).
 * Undefined when the folder is not in a git repository, git is not installed, or no version matches.
 * Only reads history (`git log`, `git show`); a version larger than the build reads from such a
 * file (`maxTextFileBytes`) is passed over, as the build would refuse it.
 */
export function findCommittedText(dir: string, path: string, matches: (text: string) => boolean): string | undefined {
  const git = (args: string[], maxBuffer: number): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer, timeout: 10_000 });
  let commits: string[];
  try {
    commits = git(['log', `--max-count=${maxCommits}`, '--format=%H', '--', path], 64 * 1024).split('\n').filter(Boolean);
  } catch {
    return undefined; // no git, or not a repository: no earlier text
  }
  for (const commit of commits) {
    try {
      const text = git(['show', '--no-textconv', `${commit}:./${path}`], maxTextFileBytes(path));
      if (matches(text)) return text;
    } catch (error) {
      // The file left the history at that commit, or was larger than the build reads: not this
      // one. A git that hangs is not asked 200 times.
      if ((error as { code?: string }).code === 'ETIMEDOUT') return undefined;
    }
  }
  return undefined;
}

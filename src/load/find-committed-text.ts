import { execFileSync } from 'node:child_process';

/** How far back to look: a translation older than this many commits of its original is shown without a diff. */
const maxCommits = 200;

/**
 * An earlier text of a course file from the git history of the folder it is in: the newest
 * committed version for which `matches` holds (e.g. whose hash is a translation's `translation-of`).
 * Undefined when the folder is not in a git repository, git is not installed, or no version matches.
 * Only reads history (`git log`, `git show`).
 */
export function findCommittedText(dir: string, path: string, matches: (text: string) => boolean): string | undefined {
  const git = (args: string[]): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024, timeout: 10_000 });
  try {
    const commits = git(['log', `--max-count=${maxCommits}`, '--format=%H', '--', path]).split('\n').filter(Boolean);
    for (const commit of commits) {
      const text = git(['show', `${commit}:./${path}`]);
      if (matches(text)) return text;
    }
  } catch {
    return undefined; // no git, not a repository, or the file left the history: no earlier text
  }
  return undefined;
}

import { enumeratePaths, recommendedPath, type ScenarioPath } from '../graph/index.js';
import type { Block, ScenarioBlock } from '../model/blocks.js';
import type { Course } from '../model/course.js';

/** One ending of a scenario with every path that reaches it. */
export interface EndingGroup {
  end: string;
  outcome: ScenarioPath['outcome'];
  outcomeLabel?: string;
  /** How many paths reach this ending: the tally `graph --paths` lists too. */
  count: number;
  /** Paths in `graph --paths` order, each with its number there (1-based). */
  paths: { number: number; path: ScenarioPath; recommended: boolean }[];
}

/** A scenario as reviewers read it: paths grouped by ending, the recommended one marked. */
export interface ScenarioReview {
  block: ScenarioBlock;
  /** Node ids of the recommended path; empty when it reaches no ending. */
  recommended: string[];
  total: number;
  /** True when the search stopped at its limits: counts are then lower bounds. */
  truncated: boolean;
  endings: EndingGroup[];
}

/** One lesson: its blocks in order, scenarios with their paths worked out. */
export interface LessonReview {
  id: string;
  title: string;
  blocks: (Block | { kind: 'scenario-review'; review: ScenarioReview })[];
}

/** The whole course for subject-matter sign-off. */
export interface CourseReview {
  course: Pick<Course, 'id' | 'title' | 'version' | 'language'>;
  lessons: LessonReview[];
}

/**
 * Everything a subject-matter expert signs off, in lesson order: text, checks with their answers
 * and feedback, and each scenario's paths from the same enumeration as `coursewright graph --paths`
 * (so the counts match), grouped by the ending they reach.
 */
export function reviewCourse(course: Course): CourseReview {
  const { id, title, version, language } = course;
  return {
    course: { id, title, version, language },
    lessons: course.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      blocks: lesson.blocks.map((block) => (block.kind === 'scenario' ? { kind: 'scenario-review' as const, review: reviewScenario(block) } : block)),
    })),
  };
}

function reviewScenario(block: ScenarioBlock): ScenarioReview {
  const result = enumeratePaths(block.scenario);
  const recommended = recommendedPath(block.scenario);
  const key = recommended.join('\u0000');
  const groups = new Map<string, EndingGroup>();
  result.paths.forEach((path, index) => {
    let group = groups.get(path.end);
    if (!group) {
      group = { end: path.end, outcome: path.outcome, ...(path.outcomeLabel !== undefined ? { outcomeLabel: path.outcomeLabel } : {}), count: 0, paths: [] };
      groups.set(path.end, group);
    }
    group.count += 1;
    const nodes = [...path.steps.map((step) => step.node), path.end].join('\u0000');
    group.paths.push({ number: index + 1, path, recommended: recommended.length > 0 && nodes === key });
  });
  const rank = { positive: 0, mixed: 1, negative: 2 } as const;
  const endings = [...groups.values()].sort((a, b) => (a.outcome ? rank[a.outcome] : 3) - (b.outcome ? rank[b.outcome] : 3) || a.end.localeCompare(b.end));
  return { block, recommended, total: result.paths.length, truncated: result.truncated, endings };
}

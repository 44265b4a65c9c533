import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { mergeLaterOutline, outlinePending, unpackPageData, type PackedPageData } from '../model/block-outline.js';
import { decisionId } from '../model/decision-id.js';
import { scenarioOutcomeChoices, scenarioSummaryId, scenarioSummaryType } from '../model/scenario-summary.js';
import type { InteractionRecord } from '../runtime/interaction-record.js';
import { acknowledgementRecord } from '../runtime/blocks/acknowledgement/acknowledgement-record.js';
import { sendsRecord } from '../runtime/shell/decision-policy.js';
import { scorm12InteractionType } from '../runtime/tracking/scorm12-interaction.js';
import type { PackageStandard } from './manifest-facts.js';
import type { LessonContent, PageData, RuntimeBlock, RuntimeData } from '../model/runtime-data.js';
import { blockScriptPath } from '../render/block-assets.js';
import { readBlockStringsScript } from '../render/block-strings-script.js';
import { joinLessons, laterOutlinePath, lessonScriptPath, readLaterOutlineScript, readLessonScript } from '../render/lesson-scripts.js';

/** One interaction the package reports to the LMS or LRS, as its id and type there. */
export interface ReportedInteraction {
  id: string;
  /** The interaction type in the package's standard: choice, true-false, fill-in, long-fill-in (not in SCORM 1.2), sequencing, numeric. */
  type: string;
  /** The author's block kind, e.g. `check` or `scenario`. */
  block: string;
  /** Scenario decisions: the response is the taken choice's id, one of these. */
  choices?: string[];
}

/** What a coursewright package's own course data says it will report. */
export interface CoursewrightData {
  courseId: string;
  version: string;
  interactions: ReportedInteraction[];
}


/** Reads a file of the package by its path in the package (`assets/lessons/2.js`); undefined when it is not there. */
export type ReadPackageText = (path: string) => string | undefined;

/**
 * What a coursewright package's runtime data (`readEmbeddedRuntimeData`: its launch page's
 * `#cw-data` and its lesson scripts, read, never run) says it will report, in `standard`'s terms.
 */
export function coursewrightDataOf(data: RuntimeData, standard?: PackageStandard): CoursewrightData {
  const interactions = data.blocks.flatMap((block) => interactionsOf(block, data.decisions)).map((interaction) =>
    standard === 'scorm12' ? { ...interaction, type: scorm12InteractionType(interaction.type as InteractionRecord['type']) } : interaction);
  return { courseId: data.course.id, version: data.course.version, interactions };
}

/** The data a launch page embeds (`#cw-data`), unpacked: every block's outline; undefined when there is none or it is damaged. */
export function readPageData(html: string): PageData | undefined {
  const json = dataScriptText(parse(html));
  if (json === undefined) return undefined;
  let data: PageData;
  try {
    data = unpackPageData(JSON.parse(json) as PackedPageData);
  } catch {
    return undefined;
  }
  return Array.isArray(data.blocks) && Array.isArray(data.lessons) && typeof data.course === 'object' ? data : undefined;
}

/**
 * The whole runtime data of a package: its launch page's (`#cw-data`) with every block in full
 * from the lesson scripts, and every player string the runtime reads, those of the block kinds
 * whose code is a file of its own from those files (`assets/blocks/<kind>.js`), read through
 * `read`. Undefined when there is none, or it or a lesson script it needs is missing or damaged.
 */
export function readEmbeddedRuntimeData(html: string, read: ReadPackageText): RuntimeData | undefined {
  const page = readPageData(html);
  if (!page) return undefined;
  if (outlinePending(page) && !mergeLaterOutline(page, readLaterOutlineScript(read(laterOutlinePath) ?? ''))) return undefined;
  const lessons = new Map<number, LessonContent>();
  const inPage = new Set((page.lessonBlocks ?? []).map((block) => block.lesson));
  for (const lesson of new Set(page.blocks.map((block) => block.lesson))) {
    if (inPage.has(lesson)) continue;
    const text = read(lessonScriptPath(lesson));
    const script = text === undefined ? undefined : readLessonScript(text);
    if (script?.index === lesson) lessons.set(lesson, script.content);
  }
  const data = joinLessons(page, lessons);
  if (!data) return undefined;
  // A kind whose code came with the runtime script has no file, its strings being in the page.
  const kindStrings = [...new Set(data.blocks.map((block) => block.kind))].sort().map((kind) => readBlockStringsScript(read(blockScriptPath(kind)) ?? ''));
  return { ...data, strings: Object.assign({}, data.strings, ...kindStrings) as Record<string, string> };
}

/**
 * The ids and types the runtime reports (src/runtime/blocks), as it decides them: a scenario
 * reports each decision under its decision point, `scenario.node` (`decisionId`), with the choice
 * taken as the response (listed with the step's choices), or under `reporting.decisions:
 * anonymous-score` only its summary (`scenarioSummaryRecord`); practice choices follow the same
 * setting (`sendsRecord`); an acknowledgement of a named policy is `fill-in` text
 * (`acknowledgementRecord`); interviews report nothing, reflections only when opted in.
 */
function interactionsOf(block: RuntimeBlock, decisions: RuntimeData['decisions']): ReportedInteraction[] {
  const one = (type: InteractionRecord['type']): ReportedInteraction[] => [{ id: block.id, type, block: block.kind }];
  switch (block.kind) {
    case 'check':
      return one(block.type === 'true-false' ? 'true-false' : 'choice');
    case 'acknowledgement':
      return one(acknowledgementRecord(block).type);
    case 'practice':
      return sendsRecord(decisions, 'practice', {}) ? one(block.mode === 'order' ? 'sequencing' : 'choice') : [];
    case 'reflection':
      return block.report ? one('long-fill-in') : [];
    case 'scenario': {
      if (sendsRecord(decisions, 'scenario', { summary: true })) {
        const scored = block.scoring !== undefined;
        return [{ id: scenarioSummaryId(block.id), type: scenarioSummaryType(scored), block: 'scenario', ...(scored ? {} : { choices: scenarioOutcomeChoices.map((choice) => choice.id) }) }];
      }
      if (!sendsRecord(decisions, 'scenario', {})) return [];
      return block.nodes
        .filter((node) => node.choices.length > 0)
        .map((node) => ({ id: decisionId(block.id, node.id), type: 'choice', block: 'scenario', choices: node.choices.map((c) => c.id) }));
    }
    default:
      return [];
  }
}

/**
 * The text of the page's first `<script id="cw-data">`, found as a browser finds it (parse5 parses
 * the page as HTML5 does: comments, attribute quoting, other scripts' text and `<template>`
 * content are what they are, not lookalikes); undefined when there is none.
 */
function dataScriptText(node: DefaultTreeAdapterTypes.ParentNode): string | undefined {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'script' && child.attrs.some((attr) => attr.name === 'id' && attr.value === 'cw-data')) {
      return child.childNodes.map((text) => ('value' in text ? text.value : '')).join('');
    }
    const found = dataScriptText(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

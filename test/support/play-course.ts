/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RuntimeData, RuntimeScenario } from '../../src/model/runtime-data.js';
import { selectPlayerStrings } from '../../src/model/strings/player-strings.js';
import { frameRuntimeData } from './package-lessons.js';

/** The runtime data a course page was built with (its lessons, blocks in full and player strings). */
export const runtimeData = (frame: Frame): Promise<RuntimeData> => frameRuntimeData(frame);

/**
 * A player string of the course, in the course's language, with `{name}` placeholders filled: the
 * tests press the buttons a learner of that language sees. The page carries the strings its
 * runtime shows; those the templates wrote into the HTML come from the language's catalogue.
 */
export function playerString(data: RuntimeData, key: string, values: Record<string, string> = {}): string {
  const text = data.strings[key] ?? selectPlayerStrings(data.course.language).strings[key];
  if (text === undefined) throw new Error(`no player string "${key}"`);
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? `{${name}}`);
}

/** Press Tab until the focused element matches `selector`, as a keyboard user would. */
export async function tabTo(page: Page, frame: Frame, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Waits until lesson `index` is shown: a lesson after the first loads when it is opened, and only
 * counts as visited once it is on the screen (its menu link is no longer marked new).
 */
export async function lessonShown(frame: Frame, index: number): Promise<void> {
  await frame.locator(`.cw-menu-link[data-lesson="${index}"]:not([data-state="new"])`).waitFor({ state: 'attached' });
}

/** Turn every page of a course with Next, from the first lesson to the last, each read once it is shown. */
export async function readEveryLesson(frame: Frame): Promise<void> {
  const data = await runtimeData(frame);
  for (let i = 1; i < data.lessons.length; i++) {
    await frame.getByRole('button', { name: playerString(data, 'nav.next'), exact: true }).click();
    await lessonShown(frame, i);
  }
}

/**
 * Walk a scenario along its recommended choices with the keyboard only: the first recommended choice
 * of each step, or the last where several fit (`last`).
 */
export async function playRecommended(page: Page, frame: Frame, scenario: RuntimeScenario, last = false): Promise<string[]> {
  const block = `[data-cw-block="${scenario.id}"]`;
  const visited: string[] = [];
  for (let step = 0; step < 40; step++) {
    const nodeId = await frame.locator(`${block} [data-cw-node]`).last().getAttribute('data-cw-node');
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (!node) throw new Error(`unknown node ${String(nodeId)}`);
    visited.push(node.id);
    if (node.end) return visited;
    // Among the choices offered now (a condition may hide some).
    const offered = await frame.locator(`${block} [data-cw-choice]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-cw-choice')));
    const fitting = node.choices.filter((c) => c.recommended && offered.includes(c.id));
    const choice = last ? fitting[fitting.length - 1] : fitting[0];
    if (choice) {
      await tabTo(page, frame, `${block} [data-cw-choice="${choice.id}"]`);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, frame, `${block} [data-cw-action="continue"]`);
    await page.keyboard.press('Enter');
  }
  throw new Error('scenario did not end');
}

/** Checks a lesson as the learner sees it: first shown (`fresh`), then with every block done (`done`). */
export type LessonAudit = (lesson: number, moment: 'fresh' | 'done') => Promise<void>;

/** Text typed into every reflection: it must never reach the LMS or LRS. */
export const reflectionSecret = 'PRIVATE-REFLECTION-TEXT';

/**
 * Plays a course as a learner who passes, in whatever language it speaks: every scenario along its
 * recommended choices by keyboard, every check answered right, each practice done, every policy
 * acknowledged, a private reflection typed in each box, Next to the end. Whatever the target, the
 * course looks and plays the same. `lastRecommended` takes the last of several recommended choices.
 */
export async function passCourse(page: Page, frame: Frame, audit?: LessonAudit, options: { lastRecommended?: boolean } = {}): Promise<RuntimeData> {
  const data = await runtimeData(frame);
  const s = (key: string, values?: Record<string, string>): string => playerString(data, key, values);
  for (let lesson = 0; lesson < data.lessons.length; lesson++) {
    await lessonShown(frame, lesson);
    await audit?.(lesson, 'fresh');
    for (const block of data.blocks.filter((b) => b.lesson === lesson)) {
      const el = frame.locator(`[data-cw-block="${block.id}"]`);
      if (block.kind === 'reflection') {
        await el.getByRole('textbox').fill(`${reflectionSecret} ${block.id}`);
        await el.getByRole('textbox').blur();
        if (block.confirm) await el.getByRole('button', { name: s('reflection.confirm') }).click();
      } else if (block.kind === 'check') {
        for (const option of block.options.filter((o) => o.correct)) await el.locator(`input[value="${option.code}"]`).check();
        await el.getByRole('button', { name: s('check.submit'), exact: true }).click();
        expect(await el.getByRole('status').textContent()).toContain(s('check.correct'));
      } else if (block.kind === 'scenario') {
        const path = await playRecommended(page, frame, block, options.lastRecommended);
        // Taking other fitting choices may go by other steps; the debrief still counts it as recommended.
        if (!options.lastRecommended) expect(path).toEqual(block.recommendedPath);
        expect(await el.locator('.cw-debrief__summary').textContent()).toBe(s('scenario.followed'));
      } else if (block.kind === 'practice' && block.mode === 'choose') {
        const good = block.techniques.find((t) => t.recommended);
        await el.getByRole('button', { name: new RegExp(`^${good?.label ?? ''}`) }).click();
        expect(await el.getByRole('status').textContent()).toContain(s('practice.chooseDone'));
      } else if (block.kind === 'practice') {
        const labels = (): Promise<string[]> => el.locator('.cw-order__item .cw-practice__label').allTextContents();
        for (const [index, technique] of block.techniques.entries()) {
          while ((await labels()).indexOf(technique.label) > index) await el.getByRole('button', { name: s('practice.moveUp', { label: technique.label }) }).click();
        }
        await el.getByRole('button', { name: s('practice.checkOrder') }).click();
        expect(await el.getByRole('status').textContent()).toContain(s('practice.orderRight'));
      } else if (block.kind === 'acknowledgement') {
        await el.getByRole('checkbox').check();
        await el.getByRole('button', { name: s('ack.confirm') }).click();
      }
    }
    await audit?.(lesson, 'done');
    if (lesson < data.lessons.length - 1) await frame.getByRole('button', { name: s('nav.next'), exact: true }).click();
  }
  return data;
}

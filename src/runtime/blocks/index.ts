import type { MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';
import { mountAcknowledgement } from './acknowledgement/mount-acknowledgement.js';
import { mountCheck } from './check/mount-check.js';
import { mountInterview } from './interview/mount-interview.js';
import { mountPractice } from './practice/mount-practice.js';
import { mountReflection } from './reflection/mount-reflection.js';
import { mountScenario } from './scenario/mount-scenario.js';

/**
 * The browser code of each interactive block kind, by kind. The shell calls
 * `blockMounters[block.kind]` with the block's element (`[data-cw-block="<id>"]`) and its
 * RuntimeBlock; content notes are static and have no mounter.
 */
export const blockMounters: Partial<Record<RuntimeBlock['kind'], MountBlock<never>>> = {
  interview: mountInterview,
  scenario: mountScenario,
  check: mountCheck,
  reflection: mountReflection,
  practice: mountPractice,
  acknowledgement: mountAcknowledgement,
};

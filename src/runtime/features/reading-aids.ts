/**
 * Feature script of every package (assets/features/reading-aids.js): keeping the ticks of the
 * checklists in lesson text and the place the learner was reading. Loaded when a lesson with a
 * checklist is shown, when a learner comes back to a place they left, or once they are reading
 * (src/runtime/shell/reading-aids.ts); no fresh first screen waits for it.
 */
import { createChecklistTicks } from '../shell/checklist-ticks.js';
import { featureRegistry } from '../shell/deferred-code.js';
import type { ReadingAidsCode } from '../shell/reading-aids.js';
import { createReadingPlace } from '../shell/reading-place.js';
import { featureName } from 'feature-name:reading-aids';

const code: ReadingAidsCode = { createChecklistTicks, createReadingPlace };
featureRegistry(window)[featureName] = code;

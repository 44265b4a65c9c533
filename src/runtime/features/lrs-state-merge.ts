/**
 * Feature script of xAPI and cmi5 packages (assets/features/lrs-state-merge.js): the code that
 * folds the learner state another tab or device wrote into this page's, loaded by the LRS adapter
 * when the LRS first shows such a write (src/runtime/tracking/xapi/state-merge.ts).
 */
import { featureRegistry } from '../shell/deferred-code.js';
import { mergeSavedStates, type StateMerge } from '../tracking/xapi/state-merge.js';
import { featureName } from 'feature-name:lrs-state-merge';

const code: StateMerge = { mergeSavedStates };
featureRegistry(window)[featureName] = code;

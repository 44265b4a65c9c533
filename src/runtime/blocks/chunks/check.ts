/** Chunk of the check block (bundled into assets/blocks/check.js, the same for every target). */
import { registerBlock } from '../block-registry.js';
import { mountCheck } from '../check/mount-check.js';

registerBlock('check', mountCheck);

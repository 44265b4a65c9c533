/** Chunk of the practice block (bundled into assets/blocks/practice.js, the same for every target). */
import { registerBlock } from '../block-registry.js';
import { mountPractice } from '../practice/mount-practice.js';

registerBlock('practice', mountPractice);

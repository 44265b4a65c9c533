/** Chunk of the interview block (bundled into assets/blocks/interview.js, the same for every target). */
import { registerBlock } from '../block-registry.js';
import { mountInterview } from '../interview/mount-interview.js';

registerBlock('interview', mountInterview);

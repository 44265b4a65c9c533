/** Chunk of the acknowledgement block (bundled into assets/blocks/acknowledgement.js, the same for every target). */
import { registerBlock } from '../block-registry.js';
import { mountAcknowledgement } from '../acknowledgement/mount-acknowledgement.js';

registerBlock('acknowledgement', mountAcknowledgement);

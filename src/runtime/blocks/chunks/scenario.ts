/** Chunk of the scenario block (bundled into assets/blocks/scenario.js, the same for every target). */
import { registerBlock } from '../block-registry.js';
import { mountScenario } from '../scenario/mount-scenario.js';

registerBlock('scenario', mountScenario);

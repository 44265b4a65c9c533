/** Chunk of the reflection block (bundled into assets/blocks/reflection.js, the same for every target). */
import { registerBlock } from '../block-registry.js';
import { mountReflection } from '../reflection/mount-reflection.js';

registerBlock('reflection', mountReflection);

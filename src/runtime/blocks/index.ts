import type { MountBlock } from '../block-api.js';
import type { RuntimeBlock } from '../../model/runtime-data.js';

/** The browser code of each interactive block kind, by kind. */
export const blockMounters: Partial<Record<RuntimeBlock['kind'], MountBlock<never>>> = {};

/**
 * The global objects the package's scripts share in the browser, named once for the renderer
 * (Node), which writes scripts that add to them, and the runtime, which reads them. Import-free,
 * so both programs compile against it.
 */

/** Lesson scripts (`assets/lessons/<n>.js`) register their content here, by lesson index. */
export const lessonRegistryName = 'coursewrightLessons';

/** The page's player strings; a block kind's file (`assets/blocks/<kind>.js`) adds the kind's. */
export const stringsRegistryName = 'coursewrightStrings';

/** A long course's later lessons' outline (`assets/lessons/outline.js`, a `LaterOutline`) sets this. */
export const laterOutlineName = 'coursewrightOutline';

/**
 * The file beside the core script (`assets/no-storage.js`) that a browser keeping nothing on the
 * device loads: it adds to the page's strings the words for that case (`noStorageStrings`).
 */
export const noStorageScriptName = 'no-storage.js';

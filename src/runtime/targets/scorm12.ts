/** Entry of the browser runtime in scorm12 packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';

boot();

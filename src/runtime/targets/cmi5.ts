/** Entry of the browser runtime in cmi5 packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';

boot();

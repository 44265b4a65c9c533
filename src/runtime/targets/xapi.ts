/** Entry of the browser runtime in xapi packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';

boot();

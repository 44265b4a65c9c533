/** Entry of the browser runtime in xAPI (Tin Can) packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { createXapiAdapter } from '../tracking/xapi/create-xapi-adapter.js';

// Launched by an LMS or LRS, the link carries the endpoint; opened any other way, the course plays untracked.
boot((win, data) => (new URLSearchParams(win.location.search).has('endpoint') ? createXapiAdapter(win, data) : undefined));

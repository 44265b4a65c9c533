/** Entry of the browser runtime in xAPI (Tin Can) packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { createXapiAdapter } from '../tracking/xapi/create-xapi-adapter.js';
import { lrsFeatures } from '../tracking/xapi/lrs-features.js';

const features = lrsFeatures(document);

// Launched by an LMS or LRS, the link carries the endpoint; opened any other way, the course plays untracked.
boot((win, data) => (new URLSearchParams(win.location.search).has('endpoint') ? createXapiAdapter(win, data, features) : undefined), { prefetch: [features.answers] });

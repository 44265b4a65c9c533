/** Entry of the browser runtime in cmi5 packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { createCmi5Adapter } from '../tracking/cmi5/create-cmi5-adapter.js';
import { lrsFeatures } from '../tracking/xapi/lrs-features.js';

const features = lrsFeatures(document);

// Launched by a cmi5 LMS, the link carries the fetch URL; opened any other way, the course plays untracked.
boot((win, data) => (new URLSearchParams(win.location.search).has('fetch') ? createCmi5Adapter(win, data, features) : undefined), { prefetch: [features.answers] });

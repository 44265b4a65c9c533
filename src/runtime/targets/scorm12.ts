/** Entry of the browser runtime in SCORM 1.2 packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { findScormApi } from '../tracking/find-scorm-api.js';
import { Scorm12Adapter } from '../tracking/scorm12-adapter.js';

boot((win) => {
  const api = findScormApi(win);
  return api ? new Scorm12Adapter(api) : undefined;
});

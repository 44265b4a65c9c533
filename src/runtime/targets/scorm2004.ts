/** Entry of the browser runtime in SCORM 2004 packages (bundled into assets/coursewright.js). */
import { activityId } from '../../model/activity-ids.js';
import { boot } from '../boot.js';
import { completionProgress } from '../progress/completion-progress.js';
import { decodeState } from '../state/state-codec.js';
import { findApiObject } from '../tracking/find-scorm-api.js';
import { isScorm2004Api } from '../tracking/scorm2004-api.js';
import { Scorm2004Adapter } from '../tracking/scorm2004-adapter.js';

boot((win, data) => {
  const api = findApiObject(win, 'API_1484_11', isScorm2004Api);
  if (!api) return undefined;
  return new Scorm2004Adapter(api, {
    // The interaction's xAPI activity id: a stable, globally unique long identifier (§2.15).
    interactionId: (record) => activityId(data.course.iri, 'interaction', record.id),
    language: data.course.language,
    readPassingScore: data.masteryScore !== undefined,
    progress: (state) => {
      const decoded = decodeState(state, data);
      return decoded.status === 'restored' || decoded.status === 'updated' ? completionProgress(data, decoded.state) : undefined;
    },
  });
});

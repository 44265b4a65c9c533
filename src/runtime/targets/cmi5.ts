/** Entry of the browser runtime in cmi5 packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { coreScriptUrl } from '../shell/core-script-url.js';
import { createDeferredCode } from '../shell/deferred-code.js';
import { createCmi5Adapter } from '../tracking/cmi5/create-cmi5-adapter.js';
import type { AnswerStatements } from '../tracking/xapi/answer-statements.js';
import { featureName as answerStatementsName } from 'feature-name:xapi-answers';

// Writing answers as statements waits for the first answer (or the prefetch once the learner is reading): no first screen needs it.
const answers = createDeferredCode<AnswerStatements>(document, coreScriptUrl(document), answerStatementsName);

// Launched by a cmi5 LMS, the link carries the fetch URL; opened any other way, the course plays untracked.
boot((win, data) => (new URLSearchParams(win.location.search).has('fetch') ? createCmi5Adapter(win, data, { answers }) : undefined), { prefetch: [answers] });

/** Entry of the browser runtime in xAPI (Tin Can) packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { coreScriptUrl } from '../shell/core-script-url.js';
import { createDeferredCode } from '../shell/deferred-code.js';
import type { AnswerStatements } from '../tracking/xapi/answer-statements.js';
import { createXapiAdapter } from '../tracking/xapi/create-xapi-adapter.js';
import { featureName as answerStatementsName } from 'feature-name:xapi-answers';

// Writing answers as statements waits for the first answer (or the prefetch once the learner is reading): no first screen needs it.
const answers = createDeferredCode<AnswerStatements>(document, coreScriptUrl(document), answerStatementsName);

// Launched by an LMS or LRS, the link carries the endpoint; opened any other way, the course plays untracked.
boot((win, data) => (new URLSearchParams(win.location.search).has('endpoint') ? createXapiAdapter(win, data, { answers }) : undefined), { prefetch: [answers] });

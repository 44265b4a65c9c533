/** Entry of the browser runtime in xAPI (Tin Can) packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { coreScriptUrl } from '../shell/core-script-url.js';
import { createDeferredCode } from '../shell/deferred-code.js';
import type { AnswerStatements } from '../tracking/xapi/answer-statements.js';
import type { StateMerge } from '../tracking/xapi/state-merge.js';
import { createXapiAdapter } from '../tracking/xapi/create-xapi-adapter.js';
import { featureName as answerStatementsName } from 'feature-name:xapi-answers';
import { featureName as stateMergeName } from 'feature-name:lrs-state-merge';

// Writing answers as statements waits for the first answer (or the prefetch once the learner is reading): no first screen needs it.
const answers = createDeferredCode<AnswerStatements>(document, coreScriptUrl(document), answerStatementsName);
// Folding in what another tab or device wrote to the attempt waits for the LRS to show such a write.
const merge = createDeferredCode<StateMerge>(document, coreScriptUrl(document), stateMergeName);

// Launched by an LMS or LRS, the link carries the endpoint; opened any other way, the course plays untracked.
boot((win, data) => (new URLSearchParams(win.location.search).has('endpoint') ? createXapiAdapter(win, data, { answers, merge }) : undefined), { prefetch: [answers] });

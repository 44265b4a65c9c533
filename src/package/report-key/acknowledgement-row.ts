import { acknowledgedPolicyText } from '../../model/acknowledged-policy.js';
import type { AcknowledgementBlock } from '../../model/blocks.js';
import type { Lesson } from '../../model/course.js';
import type { ReportKeyRow } from './build-report-key.js';

/**
 * An acknowledgement's one response, as the runtime sends it
 * (src/runtime/blocks/acknowledgement/acknowledgement-record.ts): `true` (SCORM 1.2 `t`), or, for a
 * named policy, the text naming the policy and its version, the same in every standard.
 */
export function acknowledgementRow(block: AcknowledgementBlock, lesson: Lesson): ReportKeyRow {
  const base = { interactionId: block.id, lesson: lesson.title, lessonId: lesson.id, blockType: 'Acknowledgement', question: block.statementText, expected: '', scored: false };
  if (!block.policy) return { ...base, responseCode: 'true', scorm12Code: 't', responseText: 'Acknowledged' };
  const text = acknowledgedPolicyText(block.policy);
  return { ...base, responseCode: text, scorm12Code: text, responseText: text };
}

import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';

// A course in English and Spanish whose Spanish lesson names the policy in its own words: the
// Spanish package, played in a SCORM 1.2 LMS (scorm-again), reports the original's title.
const env = useCourseInBrowser(
  {
    'course.yml': 'id: ack\ntitle: Policy\nversion: "1.0"\nlanguages: [en, es]\nlessons: [lessons/one.md]\n',
    'course.es.yml': 'title: Política\n',
    'lessons/one.md': '---\ntitle: One\n---\n:::acknowledgement{#ack-policy required policy="Dignity at Work Policy" policy-version="2027.1"}\nI have read the policy.\n:::\n',
    'lessons/one.es.md': '---\ntitle: Uno\n---\n:::acknowledgement{#ack-policy required policy="Política de Dignidad en el Trabajo" policy-version="2027.1"}\nHe leído la política.\n:::\n',
  },
  { language: 'es' },
);

describe('an acknowledgement in a translated package', () => {
  it("reaches the LMS under the original's policy title, while the learner reads the translated statement", async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const ack = lms.course.locator('[data-cw-block="ack-policy"]');
    await ack.getByText('He leído la política.').waitFor();
    await ack.getByRole('checkbox', { name: 'Confirmo la declaración anterior' }).check();
    await ack.getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(async () => Object.values((await lms.cmi()).interactions).map((i) => [i.id, i.student_response])).toEqual([['ack-policy', 'Acknowledged: Dignity at Work Policy, version 2027.1']]);
  });
});

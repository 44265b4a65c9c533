/**
 * English player strings of the interactive blocks, by key. `{name}` placeholders are filled by
 * `BlockHost.t` in the browser; templates read them with `{{lookup strings 'key'}}`. Translations
 * provide the same keys.
 */
export const blockStrings: Record<string, string> = {
  // Interview
  'interview.transcript': 'Read the transcript',
  'interview.mediaFallback': 'Your browser cannot play this recording here.',
  'interview.download': 'Download the recording',

  // Scenario
  'scenario.fallback': 'This interactive scenario needs JavaScript to run. Open the course in a current web browser to play it.',
  'scenario.meters': 'Impact so far',
  'scenario.meterValue': '{value} out of {max}',
  'scenario.meterRange': '{value}, on a scale from {min} to {max}',
  'scenario.step': 'Step {number}',
  'scenario.end': 'The end',
  'scenario.choose': 'What do you do?',
  'scenario.youChose': 'You chose:',
  'scenario.consequence': 'What happens next',
  'scenario.changes': 'What changed',
  'scenario.changeUp': '{label} +{amount}',
  'scenario.changeDown': '{label} \u2212{amount}',
  'scenario.changeLimit': '{label}: no change, already at its limit',
  'scenario.continue': 'Continue',
  'scenario.rewind': 'Go back one step',
  'scenario.rewound': 'You went back one step.',
  'scenario.restart': 'Start again',
  'scenario.restarted': 'The scenario has started again.',
  'scenario.stuck': 'This scenario cannot go on from here. Go back a step or start again.',
  'scenario.outcome': 'Outcome:',
  'scenario.outcome.positive': 'Positive',
  'scenario.outcome.mixed': 'Mixed',
  'scenario.outcome.negative': 'Difficult',
  'scenario.score': 'Your score for this scenario: {score}%',
  'scenario.followed': 'You made the recommended choice at every step.',
  'scenario.differsOne': 'Your path differs from the recommended one at 1 decision.',
  'scenario.differsMany': 'Your path differs from the recommended one at {count} decisions.',
  'scenario.otherPath': 'You took a different path from the recommended one.',
  'scenario.yourPath': 'Your choices',
  'scenario.recommendedPath': 'Recommended choices',
  'scenario.recommendedTag': 'Recommended',
  'scenario.instead': 'Recommended here: {choice}',
  'scenario.noDecisions': 'No decisions were needed.',

  // Knowledge check
  'check.submit': 'Check',
  'check.noSelection': 'Choose an answer first.',
  'check.correct': 'Correct.',
  'check.incorrect': 'Not quite.',
  'check.attemptsLeftOne': 'You have 1 more try.',
  'check.attemptsLeftMany': 'You have {count} more tries.',
  'check.tryAgain': 'Change your answer and check again.',
  'check.reveal': 'The right answer: {answer}',
  'check.markRight': 'Your answer: right',
  'check.markWrong': 'Your answer: not right',
  'check.markMissed': 'Right answer',

  // Reflection
  'reflection.label': 'Your reflection',
  'reflection.private': 'Your answer stays on this device. It is not sent to your organisation or your learning system.',
  'reflection.reported': 'Your answer is kept on this device and also sent to your organisation\u2019s learning system.',
  'reflection.confirm': 'I have reflected',
  'reflection.confirmed': 'Thank you for taking the time to reflect.',
  'reflection.delete': 'Delete my answer',
  'reflection.deleted': 'Your answer was deleted from this device.',
  'reflection.saved': 'Saved on this device.',
  'reflection.noStorage': 'This browser cannot keep your answer: it will be gone when you close the course.',

  // Practice
  'practice.kicker': 'Practice',
  'practice.techniques': 'Techniques',
  'practice.chooseInstruction': 'Which techniques would fit this situation? Try as many as you like.',
  'practice.triedGood': 'Tried: a good fit',
  'practice.triedOther': 'Tried: less suited here',
  'practice.goodFit': 'is a good fit here.',
  'practice.otherFit': 'is less suited here.',
  'practice.chooseDone': 'You found a technique that fits. Try the others to compare.',
  'practice.orderInstruction': 'Put the techniques in the order you would try them, using the move up and move down buttons.',
  'practice.moveUp': 'Move {label} up',
  'practice.moveDown': 'Move {label} down',
  'practice.moved': '{label} moved to position {position} of {count}.',
  'practice.atTop': '{label} is already first.',
  'practice.atBottom': '{label} is already last.',
  'practice.checkOrder': 'Check order',
  'practice.orderRight': 'This is the suggested order.',
  'practice.orderDifferent': 'The suggested order is different: {count} of {total} are in the same place.',
  'practice.suggestedOrder': 'Suggested order',

  // Acknowledgement
  'ack.agree': 'I confirm the statement above',
  'ack.confirm': 'Confirm',
  'ack.required': 'Required to complete the course.',
  'ack.tickFirst': 'Tick the box first, then press Confirm.',
  'ack.given': 'Acknowledged on {date}',
  'ack.dateFallback': '{date} (UTC)',

  // Content note and support
  'contentNote.title': 'Content note',
  'contentNote.default': 'This part of the course discusses harassment and other experiences some people find distressing. Go at your own pace and take a break whenever you need one.',
  'support.title': 'Support is available',
  'support.newTab': '(opens in a new tab)',
};

import { defineCodes } from '../code-info.js';

/** Interactive blocks: interviews, checks, reflections, practice, acknowledgements. */
export const blockCodes = defineCodes({
  'details-missing-summary': {
    severity: 'error',
    title: 'Details block without its summary',
    message: () => 'This :::details block has no summary in brackets: learners would have nothing to open.',
    hint: () => 'Write what it holds in brackets after the name, e.g. ":::details[Why a joke can matter]": learners see those words and open the text under them when they want it.',
  },
  'interview-missing-captions': {
    severity: 'error',
    title: 'Recording without captions',
    message: (v) => `The interview "${v.id}" has a recording but no captions.`,
    hint: () => 'Add a WebVTT file: captions="../media/name.en.vtt" (and captions-es=… per extra language). Captions are required for WCAG 2.1 AA.',
  },
  'interview-captions-not-in-language': {
    severity: 'warning',
    title: 'Recording without captions in the lesson\'s language',
    message: (v) => `The interview "${v.id}" has captions only in ${v.offered}, none in ${v.languageName} ("${v.language}"), the language of this lesson.`,
    hint: (v) => `Add captions in ${v.languageName}: captions="…" is the ${v.languageName} file, and captions-<language>="…" the others. Learners who cannot hear the recording can follow it only in a language they read.`,
  },
  'interview-missing-transcript': {
    severity: 'error',
    title: 'Recording without a transcript',
    message: (v) => `The interview "${v.id}" has a recording but no transcript.`,
    hint: () => 'Add transcript="../media/name.transcript.md", or a :::transcript block inside the interview, so people can read instead of watch.',
  },
  'interview-transcript-mismatch': {
    severity: 'warning',
    title: 'Transcript that does not match the recording',
    message: (v) => `The transcript (${v.transcript}) of the interview "${v.id}" has only ${v.percent}% of the words its captions "${v.captions}" say: is it the transcript of this recording?`,
    hint: () => 'A transcript holds what is said, word for word, and what is only shown on screen. Link the transcript of this recording, or complete it from the captions.',
  },
  'interview-missing-media': {
    severity: 'error',
    title: 'Interview without a recording',
    message: (v) => `The interview "${v.id}" has neither video nor audio.`,
    hint: () => 'Add video="../media/name.mp4" or audio="../media/name.mp3".',
  },
  'interview-portrait-missing-alt': {
    severity: 'warning',
    title: 'Interview portrait without alternative text',
    message: (v) => `The portrait of the interview "${v.id}" has no alternative text, so screen readers only hear "${v.fallback}".`,
    hint: () => 'Add portrait-alt="…" saying what the picture shows, e.g. portrait-alt="Amara at the nurses\' station". If it adds nothing to the name beside it, write portrait-alt="" to hide it from screen readers.',
  },
  'interview-text-with-media': {
    severity: 'error',
    title: 'Text interview with a recording',
    message: (v) => `The interview "${v.id}" is a text interview (format="text") but has "${v.name}", which text interviews do not show.`,
    hint: (v) => `Remove ${v.name}="…", or remove format="text" to make it a recorded interview.`,
  },
  'interview-chapter-invalid': {
    severity: 'error',
    title: 'Chapter without a start time',
    message: (v) => `The chapter "${v.line}" of the interview "${v.id}" does not start with a time.`,
    hint: () => 'Start each chapter with its time in minutes and seconds, then the title: "- 1:30 Speaking up" (or "1:02:03 …" past an hour).',
  },
  'captions-invalid': {
    severity: 'error',
    title: 'Captions or chapters file is not WebVTT',
    message: (v) => `The ${v.what ?? 'captions file'} "${v.path}" does not start with "WEBVTT".`,
    hint: () => 'Save captions as WebVTT (.vtt); convert .srt files with a subtitle tool.',
  },
  'captions-duplicate-language': {
    severity: 'error',
    title: 'Two caption files for one language',
    message: (v) => `The interview "${v.id}" has two ${v.langName} caption files ("${v.lang}"): ${v.first}="…" and ${v.name}="…".`,
    hint: () => 'Keep one file per language: captions="…" is in the lesson\'s language, captions-<language>="…" in another (captions-en="…", captions-es="…").',
  },
  'captions-language-mismatch': {
    severity: 'warning',
    title: 'Caption file named for another language',
    message: (v) => `${v.name}="${v.path}" is offered to learners as ${v.langName} captions ("${v.lang}"), but the file's name says ${v.namedName} ("${v.named}").`,
    hint: (v) => `In a lesson in ${v.languageName}, captions="…" is the ${v.languageName} file; give the ${v.namedName} file as captions-${v.named}="…".`,
  },
  'captions-hard-to-read': {
    severity: 'warning',
    title: 'Captions too long to read in time',
    message: (v) => `${v.count} of the ${v.total} cues of "${v.path}" show more than ${v.lines} lines, a line over ${v.characters} characters, or more than ${v.perSecond} characters a second (the first at ${v.first}); on a phone they cover much of the video or go before they are read.`,
    hint: (v) => `Split long cues into shorter ones in your captioning tool: at most ${v.lines} lines of up to ${v.characters} characters each, shown for at least a second for every ${v.perSecond} characters.`,
  },
  'vtt-cue-lost': {
    severity: 'error',
    title: 'WebVTT cue that players skip',
    message: (v) => `Players skip this cue of the ${v.what} "${v.path}", so learners never see it: ${v.problem}${v.more ? ` ${v.more} more cues of this file that players skip are not listed (the last at line ${v.last}).` : ''}`,
    hint: () => 'Write each timing as 00:01:02.500 --> 00:01:05.000: a full stop before the milliseconds (files converted from .srt often keep commas), the end after the start, and the timing line right above the text, with a blank line between cues.',
  },
  'vtt-not-valid': {
    severity: 'warning',
    title: 'WebVTT mistake that players work around',
    message: (v) => `The ${v.what} "${v.path}" is not valid WebVTT here: ${v.problem}${v.more ? ` ${v.more} more mistakes of this file that players work around are not listed (the last at line ${v.last}).` : ''}`,
    hint: () => 'Players still show the cue, but not all of them the same way; correct it as the message says (the W3C WebVTT validator reports the same).',
  },
  'vtt-no-cues': {
    severity: 'error',
    title: 'WebVTT file without cues',
    message: (v) => `The ${v.what} "${v.path}"${v.id !== undefined ? ` of the interview "${v.id}"` : ''} has no cue a player can show.`,
    hint: () => 'Add cues: a timing line such as 00:00:01.000 --> 00:00:04.000, the text below it, and a blank line between cues.',
  },
  'check-no-options': {
    severity: 'error',
    title: 'Knowledge check without options',
    message: (v) => `The knowledge check "${v.id}" has no answer options.`,
    hint: () => 'List options as a task list: "- [x] right answer" and "- [ ] wrong answer".',
  },
  'check-no-correct-option': {
    severity: 'error',
    title: 'Knowledge check without a right answer',
    message: (v) => `The knowledge check "${v.id}" marks no option as right.`,
    hint: () => 'Mark the right option(s) with [x]: "- [x] right answer".',
  },
  'check-single-several-correct': {
    severity: 'error',
    title: 'Single-choice check with several right answers',
    message: (v) => `The knowledge check "${v.id}" is single-choice but marks ${v.count} options as right.`,
    hint: () => 'Mark exactly one option with [x], or set type=multiple.',
  },
  'check-one-option': {
    severity: 'warning',
    title: 'Knowledge check with one option',
    message: (v) => `The knowledge check "${v.id}" has one option, so there is nothing to choose between.`,
    hint: () => 'Add the wrong answers learners should weigh it against. For a statement learners confirm, use :::acknowledgement instead.',
  },
  'check-too-many-options': {
    severity: 'error',
    title: 'Too many options',
    message: (v) => `The block "${v.id}" has ${v.count} options; at most 26 can be reported to an LMS.`,
    hint: () => 'Split it into two questions.',
  },
  'check-true-false-options': {
    severity: 'error',
    title: 'True/false check without exactly two options',
    message: (v) => `The true/false check "${v.id}" has ${v.count} options; expected exactly two (true and false).`,
    hint: () => 'Write "- [x] True" and "- [ ] False" (or the other way round).',
  },
  'duplicate-option-id': {
    severity: 'error',
    title: 'Two options with the same id',
    message: (v) => `The option id "${v.id}" is used twice in the ${v.block} "${v.owner}".`,
    hint: () =>
      'Give each option its own id after its text, e.g. "- [x] Name the behaviour {#name-it}", or leave "{#…}" out to have one made from the text. LMS and LRS reports tell options apart by it.',
  },
  'block-empty': {
    severity: 'error',
    title: 'Block without text',
    message: (v) => `The ${v.block} "${v.id}" has no text.`,
    hint: (v) => `Write the ${v.what} between the opening ":::${v.block}" line and the closing ":::".`,
  },
  'practice-no-techniques': {
    severity: 'error',
    title: 'Practice without techniques',
    message: (v) => `The practice "${v.id}" lists no intervention techniques.`,
    hint: () => 'List techniques as a task list: "- [x] **Direct:** …" for good fits, "- [ ] **Delay:** …" otherwise.',
  },
  'practice-no-recommended': {
    severity: 'error',
    title: 'Practice without a good fit',
    message: (v) => `The practice "${v.id}" marks no technique as a good fit.`,
    hint: () => 'Mark the techniques that fit this situation with [x].',
  },
  'directive-unclosed': {
    severity: 'error',
    title: 'Block never closed',
    message: (v) =>
      v.next
        ? `The block "${v.name}" is not closed before the block "${v.next}" on line ${v.line}, so that block and everything up to its end would be inside it.`
        : v.short
          ? `The block "${v.name}" opens with ${v.fence} but the line ${v.short} on line ${v.line} has fewer colons, so it closes nothing: everything after it, to the end of the lesson, would be inside the block.`
          : `The block "${v.name}" is never closed, so everything after it, to the end of the lesson, would be inside it.`,
    hint: (v) =>
      v.short && !v.next
        ? `A block is closed by a line with as many colons as opened it: write ${v.fence} on line ${v.line}.`
        : v.next
          ? `Add a line with only ${v.fence} where "${v.name}" ends, before the block "${v.next}".${v.nests ? ` If "${v.next}" belongs inside "${v.name}", open "${v.name}" with one more colon (${v.fence}:${v.name}) and close it with ${v.fence}:, so the inner block's ${v.fence} does not close it.` : ''}`
          : `Add a line with only ${v.fence} where "${v.name}" ends, right after its last line${v.name === 'check' ? ' (after the options and their feedback)' : ''}, with a blank line before the next text.`,
  },
  'option-box-unspaced': {
    severity: 'error',
    title: 'Option box without a space after it',
    message: (v) => `This ${v.block} option starts with ${v.box} and no space after it, so it is not read as a box: learners would see "${v.box}" in its text, and it would never count as right.`,
    hint: (v) => `Put a space after the box: "- ${v.box} Your answer".`,
  },
  'option-box-mistyped': {
    severity: 'error',
    title: 'Option box typed so that it is not read as a box',
    message: (v) =>
      `This ${v.block} option starts with ${v.box}, which is not read as a box: learners would see "${v.box}" in its text${v.meant === '[x]' ? ', and it would never count as right' : ''}.`,
    hint: (v) => `Write a box as [x] (right) or [ ] (wrong): square brackets, a space or an x between them, and a space after: "- ${v.meant} Your answer".`,
  },
  'option-list-split': {
    severity: 'error',
    title: 'Options in two lists',
    message: (v) => `This list with boxes comes after the ${v.block}'s options, so it is not read as options: learners would see it as part of the question, with its boxes${v.shown}.`,
    hint: () =>
      'Write the options as one list: the same bullet ("-") for each, no text between them. Text indented under an option is its feedback; text for the whole question goes before the list.',
  },
  'option-box-missing': {
    severity: 'warning',
    title: 'Check option without a box',
    message: () => 'This check option has no box, unlike the others, so it counts as a wrong answer.',
    hint: () => 'Start it with a box: "- [ ] Your answer" for a wrong answer, "- [x] Your answer" for a right one. If it is feedback for the option above, indent it by two spaces under that option instead of starting it with "- ".',
  },
  'directive-stray-fence': {
    severity: 'warning',
    title: 'Line of colons that closes nothing',
    message: (v) => `The line ${v.fence} closes no block, so learners would see it as text.`,
    hint: () => 'Remove it. If it was meant to close a block with blocks inside, open that block with one more colon than the blocks inside it (::::only … ::::).',
  },
  'block-nested': {
    severity: 'error',
    title: 'Block inside a list, quote or another block',
    message: (v) => `The block "${v.name}" is inside a list, a quote or another block, where blocks do not work; it was left out.`,
    hint: () => 'Move it out so that its opening colons start a line at the top level of the lesson, not indented under a list item or after ">".',
  },
  'content-note-skip-last-lesson': {
    severity: 'warning',
    title: 'Content note offers to skip past the last lesson',
    message: (v) => `The content note "${v.id}" offers to skip to the next lesson, but "${v.lesson}" is the last lesson, so no link is shown.`,
    hint: () => 'Remove "skip", or put what learners may skip in a lesson that has one after it.',
  },
  'reflection-report-not-allowed': {
    severity: 'error',
    title: 'Reflection reporting not opted in',
    message: (v) => `The reflection "${v.id}" asks to be reported, but the course keeps reflections private.`,
    hint: () => 'Reflections stay on the learner\'s device unless course.yml sets "reporting: { reflections: report }". Remove "report" or opt in for the whole course.',
  },
  'acknowledgement-policy-without-version': {
    severity: 'warning',
    title: 'Acknowledged policy without a version',
    message: (v) => `The acknowledgement "${v.id}" names the policy "${v.policy}" but not its version, so reports cannot show which text the learner agreed to.`,
    hint: () => 'Add policy-version="…" with the version printed on the policy, e.g. :::acknowledgement{#ack-policy policy="Dignity at Work Policy" policy-version="2027.1"}.',
  },
  'acknowledgement-version-without-policy': {
    severity: 'warning',
    title: 'Policy version without a policy',
    message: (v) => `The acknowledgement "${v.id}" has policy-version="${v.version}" but no policy, so the version is not reported.`,
    hint: () => 'Add policy="…" with the policy\'s title, or remove policy-version.',
  },
});

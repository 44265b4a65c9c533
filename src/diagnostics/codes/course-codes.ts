import { defineCodes, didYouMean } from '../code-info.js';

/** Course files, YAML, Markdown, links and assets. */
export const courseCodes = defineCodes({
  'course-not-found': {
    severity: 'error',
    title: 'No course.yml in the course folder',
    message: (v) => `Expected a course.yml file in "${v.dir}", found none.`,
    hint: () => 'Point the command at a folder that contains course.yml, or create one with "coursewright init <dir>".',
  },
  'yaml-syntax': {
    severity: 'error',
    title: 'YAML syntax error',
    message: (v) => `This YAML cannot be read: ${v.reason}.`,
    hint: (v) => `${v.advice ? `${v.advice} ` : ''}Check indentation (spaces, not tabs), colons after keys, and quotes around text that contains ": " or starts with a special character.`,
  },
  'yaml-too-deep': {
    severity: 'error',
    title: 'YAML nested too deeply',
    message: () => 'This YAML cannot be read: its lists or maps are nested too deeply (hundreds of levels inside one another).',
    hint: () => 'Course files nest a few levels. Look here for brackets ([ or {) that are opened and never closed, or for text pasted by mistake.',
  },
  'schema-unknown-field': {
    severity: 'error',
    title: 'Unknown field',
    message: (v) => `Unexpected field "${v.field}"; expected one of: ${v.expected}.`,
    hint: (v) => `${didYouMean(v)}Check the spelling against docs/course-format.md; fields are case-sensitive.`,
  },
  'front-matter-unclosed': {
    severity: 'error',
    title: 'Front matter without its closing line',
    message: () => 'The front matter that starts on line 1 has no closing "---" line, so none of its fields (title, minutes, id) are read.',
    hint: () => 'End the front matter with a line of three hyphens (---) after its last field, before the lesson\'s text.',
  },
  'schema-reserved-name': {
    severity: 'error',
    title: 'A name no map can hold',
    message: (v) => `"${v.name}" cannot be a name here: JavaScript reserves it, so what it names would be lost.`,
    hint: () => 'Give it another name (and change every place that refers to it): a string key, node, variable or edition id is never "__proto__".',
  },
  'schema-missing-field': {
    severity: 'error',
    title: 'Required field missing',
    message: (v) => `Expected the field "${v.field}", found none.`,
    hint: (v) => `Add "${v.field}:" here. ${v.about ?? ''}`.trim(),
  },
  'schema-invalid-value': {
    severity: 'error',
    title: 'Value of the wrong kind',
    message: (v) => `Unexpected value for "${v.field}": ${v.reason}.`,
    hint: (v) => `${v.suggestion ? `Did you mean "${v.suggestion}"? ` : ''}${v.about ? `"${v.field}": ${v.about} ` : ''}See docs/course-format.md for what this field takes.`,
  },
  'course-iri-invalid': {
    severity: 'error',
    title: 'Course IRI that cannot name xAPI and cmi5 activities',
    message: (v) => `Unexpected course IRI "${v.iri}": ${v.reason}.`,
    hint: (v) =>
      `Write an absolute IRI with no spaces, "?" or "#", e.g. "https://learning.example.org/courses/${v.id}", or remove "iri" to use "urn:coursewright:${v.id}". Keep it the same across versions: LRS reports group statements by it.`,
  },
  'course-no-lessons': {
    severity: 'error',
    title: 'Course has no lessons',
    message: () => 'Expected at least one lesson in "lessons", found none.',
    hint: () => 'List the lesson files in order, e.g. "lessons: [lessons/welcome.md]".',
  },
  'lesson-file-missing': {
    severity: 'error',
    title: 'Lesson file not found',
    message: (v) => `Expected the lesson file "${v.path}", found none.`,
    hint: () => 'Paths in "lessons" are relative to the course folder and case-sensitive, e.g. "lessons/welcome.md".',
  },
  'lesson-entry-runs-on': {
    severity: 'error',
    title: 'Lesson entry that runs on to the next line',
    message: (v) => `The entry "${v.entry}" names more than one lesson: the "-" of the line after it is indented further, so YAML reads that line as more of this entry.`,
    hint: (v) => `Indent every line of the list alike, e.g. "  - ${v.first}" and "  - ${v.next}".`,
  },
  'lesson-empty': {
    severity: 'warning',
    title: 'Lesson with nothing in it',
    message: (v) => `The lesson "${v.path}" has nothing below its front matter: learners would see a page with only its title.`,
    hint: () => 'Write the lesson below the closing ---, or take it out of "lessons" in course.yml until it is written.',
  },
  'lesson-listed-twice': {
    severity: 'error',
    title: 'Lesson listed twice',
    message: (v) => `The lesson "${v.path}" is listed more than once.`,
    hint: () => 'Remove the duplicate entry from "lessons".',
  },
  'lesson-not-listed': {
    severity: 'warning',
    title: 'Lesson file not in the course',
    message: (v) => `"${v.path}" is in lessons/ but not listed in course.yml, so learners will not see it.`,
    hint: () => 'Add it to "lessons" in course.yml, or delete it if it is no longer needed.',
  },
  'untranslated-player-language': {
    severity: 'warning',
    title: 'Player not translated into the course language',
    message: (v) => `The player has no strings in "${v.language}", so its buttons and messages will be in ${v.fallback}.`,
    hint: (v) => `The player speaks: ${v.available}. Check the tag for a typo; if it is right, your lessons stay in "${v.language}" and only the player's own words are in ${v.fallback}.`,
  },
  'player-string-unknown': {
    severity: 'error',
    title: 'Unknown player string',
    message: (v) => `The player has no string "${v.key}" to replace.`,
    hint: (v) => `${didYouMean(v)}The keys are listed in docs/course-format.md under "Player strings".`,
  },
  'player-string-placeholders': {
    severity: 'error',
    title: 'Player string with different placeholders',
    message: (v) => `The string "${v.key}" must have the placeholders ${v.expected}, found ${v.found}.`,
    hint: (v) => `Keep each placeholder in braces, as in the original: "${v.original}".`,
  },
  'duplicate-id': {
    severity: 'error',
    title: 'Duplicate id',
    message: (v) => `The ${v.kind} id "${v.id}" is already used; ids must be unique in the course.`,
    hint: () => 'Give each lesson and block its own id; LMS reports use these ids to tell them apart.',
  },
  'invalid-id': {
    severity: 'error',
    title: 'Id with characters LMSs reject',
    message: (v) => `Unexpected id "${v.id}"; expected lower-case letters, digits and hyphens, starting with a letter.`,
    hint: (v) => `Try "${v.suggestion}"${v.how ? ` (${v.how})` : ''}. Ids become part of LMS report ids, which only take plain ASCII.`,
  },
  'directive-unreadable': {
    severity: 'error',
    title: 'Block that cannot be read',
    message: (v) => `The line "${v.line}" starts like ${/^[aeiou]/.test(String(v.name)) ? 'an' : 'a'} ${v.name} block but cannot be read as one, so learners would see it as plain text.`,
    hint: (v) =>
      v.quote
        ? `Write straight quotes (") around values: ${v.quote} is a curly quote, as a word processor types it, and a block reads only straight ones. What is reported inside this block comes from it: fix it first.`
        : `Write the name and its braces with no space between, close every quote and brace, and give one #id: :::${v.name}{#my-id}. The block ends with a line of the same number of colons.`,
  },
  'unknown-directive': {
    severity: 'error',
    title: 'Unknown block',
    message: (v) => `Unexpected block "${v.name}"; expected one of: ${v.expected}.`,
    hint: (v) => `${didYouMean(v)}Check the spelling after the colons; see docs/course-format.md for the blocks.`,
  },
  'unknown-attribute': {
    severity: 'error',
    title: 'Unknown block attribute',
    message: (v) => `Unexpected attribute "${v.name}" on "${v.block}"; ${v.expected ? `expected one of: ${v.expected}` : 'it takes none'}.`,
    hint: (v) =>
      `${v.note ? `${v.note} ` : ''}${didYouMean(v)}${v.html ? `A block takes ${v.html} where HTML has "${v.name}". ` : ''}${String(v.name).startsWith('#') ? `Remove "${v.name}".` : 'Check the spelling; attribute names are case-sensitive.'}`,
  },
  'missing-attribute': {
    severity: 'error',
    title: 'Required block attribute missing',
    message: (v) => `Expected the attribute "${v.name}" on "${v.block}", found none.`,
    hint: (v) => `Add it inside the braces, e.g. {${v.example}}.`,
  },
  'invalid-attribute': {
    severity: 'error',
    title: 'Block attribute with a wrong value',
    message: (v) => `Unexpected value "${v.value}" for "${v.name}" on "${v.block}"; expected ${v.expected}.`,
    hint: () => 'See docs/course-format.md for what this attribute takes.',
  },
  'asset-missing': {
    severity: 'error',
    title: 'Media file not found',
    message: (v) => `Expected the file "${v.path}", found none.`,
    hint: (v) =>
      `${didYouMean(v)}Paths are relative to the file that uses them${v.from ? ` (${v.from}), not to the course folder,` : ''} and case-sensitive (LMS servers run on Linux).`,
  },
  'asset-outside-course': {
    severity: 'error',
    title: 'Path leaves the course folder',
    message: (v) =>
      backslashed(String(v.path))
        ? `The path "${v.path}" is written with backslashes, which the web and LMS servers do not read as folders: it leads to no file of the course.`
        : `The path "${v.path}" points outside the course folder.`,
    hint: (v) => outsideHint(String(v.path), v.suggestion === undefined ? undefined : String(v.suggestion)),
  },
  'asset-unsafe-name': {
    severity: 'error',
    title: 'File name LMSs mishandle',
    message: (v) => `The file name "${v.path}" has characters that break on LMS servers (only A–Z, a–z, 0–9, ".", "_", "-" and "/" are safe).`,
    hint: (v) => `Rename it, e.g. to "${v.suggestion}".`,
  },
  'asset-reserved-name': {
    severity: 'error',
    title: 'File name Windows reserves',
    message: (v) => `The name "${v.name}" in "${v.path}" is reserved by Windows (${v.reserved}, with any extension): learners and LMS admins on Windows cannot open or unpack it.`,
    hint: (v) => `Rename the file or folder, e.g. to "${v.suggestion}".`,
  },
  'asset-unsupported-type': {
    severity: 'error',
    title: 'File type LMSs reject',
    message: (v) => `The file "${v.path}" has a type LMSs refuse in packages or browsers cannot play (${v.ext}).`,
    hint: (v) => `${convertAdvice(String(v.ext))}Use images (.png .jpg .jpeg .gif .svg .webp .avif), video (.mp4 .webm), audio (.mp3 .m4a .ogg .oga .wav), captions (.vtt), transcripts (.md .txt) or documents (.pdf).`,
  },
  'asset-not-its-type': {
    severity: 'error',
    title: 'File that is not what its name says',
    message: (v) => `The file "${v.path}" is not ${v.expected}: ${v.found === undefined ? 'its bytes are no format a browser shows or plays' : `it is ${v.found}`}.`,
    hint: (v) => formatAdvice[String(v.advice) as keyof typeof formatAdvice] ?? formatAdvice.convert,
  },
  'asset-misnamed': {
    severity: 'warning',
    title: 'Image named as another format',
    message: (v) => `The file "${v.path}" is ${v.found}, named ".${v.ext}".`,
    hint: (v) => `Browsers show it anyway, but tools and LMS servers go by the name: rename it to "${v.suggestion}", and the paths that use it.`,
  },
  'asset-codec-limited': {
    severity: 'warning',
    title: 'Video or audio many browsers cannot play',
    message: (v) => `The file "${v.path}" holds ${v.codec}, which many browsers or devices cannot play${codecLimits[String(v.codec)] ?? ''}.`,
    hint: (v) =>
      v.audio === 'yes'
        ? 'Convert the recording to .mp3, or to .m4a with AAC audio: every browser plays those.'
        : 'Export it again as MP4 with H.264 video and AAC audio, which every browser plays (HandBrake\'s "Fast 1080p30" preset does). Filmed on an iPhone: Settings → Camera → Formats → "Most Compatible" records H.264.',
  },
  'asset-image-heavy': {
    severity: 'warning',
    title: 'Picture of far more bytes than a lesson shows',
    message: (v) => `The picture "${v.path}" is ${v.megabytes} MB${v.pixels === undefined ? '' : ` (${v.pixels} pixels)`}: every learner downloads all of it, on a phone too, though a lesson shows it at most 736 pixels wide (1,472 on sharp screens).`,
    hint: () => 'Resize it to 1,600 pixels wide and save a photo as JPEG at about 80% quality (a screenshot or diagram as PNG): a few hundred KB.',
  },
  'asset-video-heavy': {
    severity: 'warning',
    title: 'Video too heavy for a busy connection',
    message: (v) => `The video "${v.path}" averages ${v.megabitsPerSecond} Mbit/s (${v.megabytesPerMinute} MB a minute): on busy Wi-Fi or mobile data, learners wait while it stops to load.`,
    hint: () => 'Export it at 720p in H.264 at 2–3 Mbit/s (HandBrake\'s "Fast 720p30" preset): a talking head stays sharp at that rate, and loads on a phone.',
  },
  'asset-video-index-at-end': {
    severity: 'warning',
    title: 'Video that must load its end before it plays',
    message: (v) => `The video "${v.path}" keeps its index (the MP4 "moov" box) after its pictures and sound: a browser must fetch the end of the file before it can start playing it, and from an LMS that sends files only whole, the whole video first.`,
    hint: () => 'Move the index to the start, which changes nothing else: tick "Web Optimized" in HandBrake or "Fast Start" in your editor\'s export, or run ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4 (it copies the video without encoding it again).',
  },
  'heading-level-one': {
    severity: 'warning',
    title: 'Main heading in a lesson',
    message: (v) => `This # heading is a second main heading on the page: the player shows the lesson's title, "${v.title}", as its main heading.`,
    hint: () =>
      "Remove it if it repeats the title (the front matter's title: is the lesson's heading); otherwise start the lesson's sections at ## (### under them). Screen reader users move through a lesson by its headings: a second main heading tells them a new page began.",
  },
  'heading-level-skipped': {
    severity: 'warning',
    title: 'Heading that skips a level',
    message: (v) => `This ${v.level} heading comes after ${v.after}: it skips a level.`,
    hint: (v) =>
      `Make it ${v.expected}: screen readers announce each heading's level, and a skipped one tells their users a section is missing. To make a heading look smaller or bolder, change its level in order, not by jumping.`,
  },
  'image-missing-alt': {
    severity: 'error',
    title: 'Image without alternative text',
    message: (v) => `The image "${v.path}" has no alternative text.`,
    hint: () => 'Describe what the image shows in the brackets: ![A nurse at the station](../media/station.jpg). For a purely decorative image write ![decorative](…) to hide it from screen readers.',
  },
  'image-alt-unhelpful': {
    severity: 'warning',
    title: 'Image description that does not describe it',
    message: (v) => `The image's description "${v.alt}" ${v.reason}.`,
    hint: () =>
      'Say in a few words what the picture shows that matters here, e.g. ![A porter and a nurse at the ward station, the nurse looking away](…): screen readers read the description instead of the picture, and already say it is an image. For a picture that only decorates, write ![decorative](…).',
  },
  'link-text-unclear': {
    severity: 'warning',
    title: 'Link whose words do not say where it leads',
    message: (v) => (v.text ? `The link "${v.text}" does not say where it leads.` : 'This link has no words: screen readers can say only its address, and there is nothing to tap.'),
    hint: () =>
      'Make the link\'s words name what it opens, e.g. "Read [the Dignity at Work Policy](…)" rather than "[Click here](…) to read the policy": screen reader users often hear a page\'s links listed on their own, and everyone scans for them (WCAG 2.4.4).',
  },
  'link-broken': {
    severity: 'error',
    title: 'Link to a lesson that does not exist',
    message: (v) => `The link "${v.href}" points to no lesson in this course.`,
    hint: (v) => `${v.suggestion ? `Did you mean "${v.suggestion}"? ` : ''}Link to another lesson by its file name, .md included and from this file's folder, e.g. [the policy](policy.md), and check the spelling.`,
  },
  'link-address-space': {
    severity: 'error',
    title: 'Link or image whose address has a space',
    message: (v) => `This looks like ${v.kind === 'image' ? 'an image' : 'a link'}, but its address "${v.address}" has a space, which Markdown does not take in an address: learners would see the text as written${v.kind === 'image' ? ', and no image' : ''}.`,
    hint: (v) => `Name the file without spaces (e.g. "${v.suggestion}") and write that name here; in a web address, write a space as %20.`,
  },
  'link-unlisted-lesson': {
    severity: 'error',
    title: 'Link to a lesson file not in the course',
    message: (v) => `The link "${v.href}" leads to "${v.path}", which is not listed in course.yml, so it is not part of the course.`,
    hint: (v) => `Add "${v.path}" to "lessons" in course.yml, or link to a lesson that is listed there.`,
  },
  'link-insecure': {
    severity: 'warning',
    title: 'Link over plain http',
    message: (v) => `The link "${v.href}" uses http:, which LMSs served over https block or flag.`,
    hint: () => 'Use the https: address of the page.',
  },
  'footnote-undefined': {
    severity: 'warning',
    title: 'Footnote reference without its footnote',
    message: (v) => `There is no footnote [^${v.label}] here, so learners read "[^${v.label}]" as it is written.`,
    hint: (v) => `Write the footnote on a line of its own, in the same part of the lesson (before the next block): "[^${v.label}]: The source."`,
  },
  'footnote-unused': {
    severity: 'warning',
    title: 'Footnote nothing refers to',
    message: (v) => `Nothing in this part of the lesson refers to the footnote [^${v.label}], so learners never see it.`,
    hint: (v) => `Refer to it with [^${v.label}] in the text it belongs to (between the same blocks), or delete it.`,
  },
  'footnote-elsewhere': {
    severity: 'warning',
    title: 'Footnote in another part of the lesson',
    message: (v) => `The footnote [^${v.label}] is written apart from this text (on the other side of a block, or in another option or feedback), so this reference leads nowhere.`,
    hint: (v) => `Move "[^${v.label}]: …" next to the text that refers to it: between the same blocks (:::), or in the same option or feedback.`,
  },
  'footnote-duplicate': {
    severity: 'warning',
    title: 'Footnote defined twice',
    message: (v) => `The footnote [^${v.label}] is defined a second time here; learners see only the first.`,
    hint: () => 'Give this footnote a label of its own, and refer to it by that label, or delete it.',
  },
  'table-columns-mismatch': {
    severity: 'warning',
    title: 'Table whose row of dashes does not match its columns',
    message: (v) => `This table's row of dashes has ${v.cells} ${Number(v.cells) === 1 ? 'cell' : 'cells'} and its first row ${v.columns}, so Markdown reads no table: learners see these lines as written, bars and dashes.`,
    hint: (v) => `Give the row of dashes one cell for each column: ${v.row}`,
  },
  'link-lesson-part': {
    severity: 'warning',
    title: 'Link to a place in another lesson',
    message: (v) => `The link "${v.href}" opens the lesson "${v.lesson}" at its start: "${v.part}" is left out.`,
    hint: (v) => `Link to the lesson ("${v.lesson}") and say in the link's words which part of it to read.`,
  },
  'html-comment-unclosed': {
    severity: 'error',
    title: 'HTML comment never closed',
    message: (v) => `This HTML comment ("<!--") is never closed, so it hides the ${v.lines} after it: learners would see none of that.`,
    hint: () => 'End the comment with "-->" where your note ends.',
  },
  'html-removed': {
    severity: 'warning',
    title: 'Unsafe HTML removed',
    message: (v) => `The HTML "${v.html}" is not allowed in course text and was removed.`,
    hint: (v) => `${v.instead ? `Write it as a block: ${v.instead}. ` : 'Write it in Markdown instead; '}scripts, styles, frames and event handlers never reach learners.`,
  },
  'mastery-without-graded-content': {
    severity: 'warning',
    title: 'Mastery score with nothing graded',
    message: (v) => `The mastery score is ${v.score}, but no knowledge check is graded and no scenario is scored, so learners can never pass.`,
    hint: () => 'Add "graded" to a knowledge check or "scoring" to a scenario, or remove "masteryScore".',
  },
  'max-retakes-unused': {
    severity: 'warning',
    title: 'Retake limit that never applies',
    message: (v) => `maxRetakes is ${v.max}, but ${v.why}, so learners are never offered a retake.`,
    hint: () => 'Remove "maxRetakes", or set a "masteryScore" and leave "retake" at its default, failed-checks.',
  },
  'completion-rule-unmeetable': {
    severity: 'error',
    title: 'Completion rule that can never be met',
    message: (v) => `The completion rule "${v.rule}" needs at least one ${v.kind}, but the course has none.`,
    hint: (v) => `Remove "${v.rule}" from completion, or add a ${v.kind}.`,
  },
  'link-unsafe': {
    severity: 'error',
    title: 'Link that would run code',
    message: (v) => `The link "${v.href}" would run code or embed data instead of opening a page.`,
    hint: () => 'Link to an https: page, a mailto: or tel: address, another lesson (.md) or a file in the course.',
  },
  'markdown-too-deep': {
    severity: 'error',
    title: 'Markdown nested too deeply',
    message: (v) => `The Markdown here is nested more than ${v.max} levels deep (quotes, lists or emphasis inside each other); what is deeper was left out.`,
    hint: () => 'Flatten it: a quote in a list in a quote is already hard to follow. Check for a run of ">" or list markers at the start of a line.',
  },
  'markdown-table-too-large': {
    severity: 'error',
    title: 'Markdown table too large',
    message: (v) => `This table has ${v.cells} cells (rows × columns), more than the ${v.max} a lesson table may have; it was left out.`,
    hint: () => 'Split it into smaller tables, or put the data in a file the lesson links to (a PDF or a text file). Check the delimiter row (| --- |) has as many cells as the header.',
  },
  'markdown-too-much-emphasis': {
    severity: 'error',
    title: 'Too many emphasis marks in a paragraph',
    message: (v) => `This paragraph has more than ${v.max} emphasis marks (* or _); the rest were left out.`,
    hint: () => 'Split the paragraph, or write a literal * or _ as \\* or \\_ or inside `code`. Pasted text full of asterisks often comes from another format.',
  },
  'url-credentials': {
    severity: 'error',
    title: 'Password or user name in an address',
    message: (v) => `The ${v.what} address "${v.href}" holds a user name or password, which every package would carry for any learner to read.`,
    hint: () => 'Remove the "name:password@" part: link to a page learners can open with their own sign-in, and keep passwords out of course files.',
  },
  'url-unsupported-scheme': {
    severity: 'error',
    title: 'Address learners cannot open',
    message: (v) => `The ${v.what} address "${v.href}" uses ${v.scheme}:, which learners' browsers cannot open from the course.`,
    hint: (v) =>
      v.what === 'image'
        ? 'Copy the picture into the course (e.g. media/) and refer to it by a relative path, or use its https: address.'
        : 'Link to an https: page, a mailto: or tel: address, another lesson (.md) or a file in the course.',
  },
  'asset-unsafe-svg': {
    severity: 'error',
    title: 'SVG image that could run code or load other files',
    message: (v) => `The SVG file "${v.path}" is refused: it contains ${v.reason}. Opened from a lesson, it would be a page on the LMS's site.`,
    hint: () => 'Export the SVG again as a plain drawing (for example "plain SVG" or "optimized SVG" in the drawing tool, without scripts, interactivity, embedded HTML or links to other sites), or use a PNG.',
  },
});

/** Where the codecs most often met fail (`asset-codec-limited`). */
const codecLimits: Record<string, string> = {
  'HEVC (H.265) video': ': Chrome, Edge and Firefox play it only where the device has hardware for it, so on many work PCs and older phones the player stays blank',
  'AV1 video': ': Safari plays it only where the device has hardware for it (the newest iPhones, iPads and Macs, from late 2023 on)',
};

/** What to do about a file that is not what its name says (`asset-not-its-type`), by what it is. */
const formatAdvice = {
  image: 'Renaming a file does not change its format: save the image as .jpg (photos) or .png (screenshots, diagrams) in an image editor. An iPhone takes JPEG photos with Settings → Camera → Formats → "Most Compatible".',
  video: 'Renaming a file does not change its format: export or convert the video to MP4 with H.264 video and AAC audio (HandBrake\'s "Fast 1080p30" preset does).',
  audio: 'Renaming a file does not change its format: convert the recording to .mp3, or to .m4a with AAC audio.',
  document: 'Save the document as a PDF and link that.',
  copy: 'Copy the file again from where it was made: a download that failed, or a sign-in page saved in place of the file, leaves this.',
  convert: 'Renaming a file does not change its format: export or convert it to the format its name says.',
};

/** A path from the root of a disk or a web server (`C:\…`, `/media/…`, `\\server\…`). */
const fromRoot = (path: string): boolean => /^[a-z]:/i.test(path) || path.startsWith('/') || path.startsWith('\\');

/** A path inside the course written with Windows separators (`..\media\ward.png`). */
const backslashed = (path: string): boolean => !fromRoot(path) && path.includes('\\');

/**
 * How to write a path the build refused: one copied from Windows Explorer gets its slashes turned
 * round (the web's paths use "/"), one of this computer's (a drive or the root) is made relative.
 */
function outsideHint(path: string, suggestion?: string): string {
  if (fromRoot(path)) {
    return 'A path from the root of a disk or a web server leads nowhere in a package. Copy the file into the course (e.g. media/) and write its path from this file, e.g. ../media/photo.jpg.';
  }
  // The suggestion: the course file the path leads to or most likely means, with "/" (`backslashedSuggestion`).
  if (backslashed(path)) return `Write paths with forward slashes, as the web does, even on Windows: "${suggestion ?? path.replace(/\\/g, '/')}".`;
  return 'Copy the file into the course (e.g. media/) and refer to it there; packages contain only the course folder.';
}

/** What to turn a file of a common type a package cannot take (`.srt`, `.mov`, `.docx` …) into, as the start of a hint. */
function convertAdvice(ext: string): string {
  const kinds: [RegExp, string][] = [
    [/^\.(srt|sbv|sub|ttml|dfxp|scc|ass|ssa)$/, 'Captions must be WebVTT: export .vtt from the captioning tool, or convert the file (an .srt becomes WebVTT with "WEBVTT" as its first line and a dot before the milliseconds: 00:00:01.000). '],
    [/^\.(mov|avi|wmv|mkv|m4v|flv|mpe?g)$/, 'Browsers on every device play MP4 (H.264): export or convert the video to .mp4. '],
    [/^\.(wma|aiff?|flac|amr)$/, 'Convert the recording to .mp3 or .m4a. '],
    [/^\.(heic|heif|tiff?|bmp)$/, 'Save the image as .jpg (photos) or .png (screenshots, diagrams). '],
    [/^\.(docx?|pptx?|xlsx?|odt|odp|ods|rtf|csv|pages|key)$/, 'Save the document as a PDF and link that. '],
  ];
  return kinds.find(([pattern]) => pattern.test(ext.toLowerCase()))?.[1] ?? '';
}

import type { ReviewWords } from './review-words.js';

// «a, b y c», with «e» before a word sounding /i/ («Ana e Isabel»), as ICU's Spanish list pattern has
// it; made at first use, so that no command but a Spanish review loads ICU's list data.
let listFormat: Intl.ListFormat | undefined;
const yList = (items: readonly string[]): string => (listFormat ??= new Intl.ListFormat('es', { type: 'conjunction' })).format(items);
const editionsEs = (ids: readonly string[]): string => (ids.length === 1 ? `la edición ${ids.join('')}` : `las ediciones ${yList(ids)}`);
const originalEs = (original: boolean): string => (original ? ' (original)' : '');
const outcomes: Readonly<Record<string, string>> = { positive: 'positivo', mixed: 'mixto', negative: 'negativo' };
const media: Readonly<Record<string, string>> = { image: 'imagen', video: 'video', audio: 'audio' };

/**
 * The review's words in Spanish (`ReviewWords`): neutral Spanish for the people who sign a course
 * off (HR, legal, clinical leads), with the player's names for what learners see (escenario,
 * camino, aviso sobre el contenido) and its «» quotes.
 */
export const reviewWordsEs: ReviewWords = {
  reviewOf: (course) => `Revisión: ${course}`,
  courseLine: (id, version) => `Curso ${id}, versión ${version}.`,
  holds: 'El texto de cada lección, cada pregunta con sus respuestas y su retroalimentación, y cada camino de cada escenario.',
  contents: 'Índice',
  lessonsInEachEdition: 'Lecciones de cada edición',
  lessonColumn: 'Lección',
  yes: 'sí',
  yesWithPassages: 'sí, con pasajes solo para algunas ediciones',
  reviewShows: (parts) => `Esta revisión muestra ${parts}.`,
  partHeading: ({ edition, language, original }) =>
    edition ? `Edición: ${edition.title} (${edition.id}), idioma ${language}${originalEs(original)}` : `Idioma: ${language}${originalEs(original)}`,

  lesson: (number, title) => `Lección ${number}: ${title}`,
  lessonOnlyIn: (ids) => `Esta lección solo está en ${editionsEs(ids)}.`,
  partOnlyIn: (ids) => `Esta parte solo está en ${editionsEs(ids)}.`,
  lessonOnly: (ids) => `Lección solo en ${editionsEs(ids)}.`,
  blockOnly: (ids) => `Solo en ${editionsEs(ids)}:`,
  contentNote: (id) => `Aviso sobre el contenido ${id}`,
  offersSkip: 'Ofrece saltar a la lección siguiente.',
  standardNote: (support) => `El aviso estándar del reproductor, en el idioma del curso${support ? `, seguido de los recursos de apoyo que indica el curso: ${support}` : ''}.`,
  check: (id, type, graded) => `Pregunta ${id} (${{ single: 'una respuesta', multiple: 'varias respuestas', 'true-false': 'verdadero o falso' }[type]}${graded ? ', calificada' : ''})`,
  correct: '(correcta)',
  feedback: 'Retroalimentación',
  practice: (id, mode) => `Práctica ${id} (${mode === 'order' ? 'ordenar' : 'elegir'})`,
  recommended: '(recomendada)',
  reflection: (id) => `Reflexión ${id}`,
  acknowledgement: (id, required) => `Confirmación ${id}${required ? ' (obligatoria)' : ''}`,
  interview: (id, speaker) => `Entrevista ${id}: ${speaker}`,
  transcript: 'Transcripción',
  image: (alt) => (alt === undefined ? '[imagen]' : `[imagen: ${alt || 'sin descripción'}]`),
  embedded: (element) => `[${element === 'video' || element === 'audio' ? element : 'contenido incrustado'}]`,

  scenario: (id, title) => `Escenario ${id}: ${title}`,
  paths: (count) => `${count} camino${count === 1 ? '' : 's'}`,
  pathsFrom: (count, start) => `${count} camino${count === 1 ? '' : 's'} desde ${start} hasta un final.`,
  searchStopped: (count) => `La búsqueda se detuvo en su límite tras ${count} caminos: hay más, así que estos recuentos son mínimos.`,
  loopsFollowedOnce: 'Cada bucle se recorre una sola vez: no se enumeran los caminos que vuelven a dar la vuelta a un bucle ni los finales a los que solo se llega así.',
  recommendedPath: (nodes) => `Camino recomendado: ${nodes}`,
  noRecommendedPath: 'Ningún camino recomendado llega a un final.',
  ending: 'Final',
  pathsColumn: 'Caminos',
  everyStep: 'Cada paso, tal como lo leen los participantes',
  everyStepNote: 'Cada paso en el orden del archivo, con sus opciones y lo que sigue a cada una. Las opciones recomendadas están marcadas y, cuando un paso tiene varias, el resumen final considera que cualquiera de ellas sigue el consejo.',
  noChoiceRecommended: '(aquí no se recomienda ninguna opción)',
  speaks: (speaker) => `(habla ${speaker})`,
  mediaKind: (kind) => media[kind] ?? kind,
  altText: (alt) => `texto alternativo: «${alt}»`,
  when: (condition) => `si ${condition}`,
  route: (number) => `ruta ${number}`,
  takes: (route) => `toma la ${route}`,
  picks: (choice) => `elige ${choice}`,
  // A text that has «» of its own goes in the other quotes, so that it reads as one.
  quote: (text) => (text.includes('«') ? `“${text}”` : `«${text}»`),
  recommendedChoice: '(opción recomendada)',
  recommendedHere: (choices) => `(lo recomendado aquí: ${choices.join(', ')})`,
  path: (number) => `Camino ${number}`,
  isRecommendedPath: 'camino recomendado',
  followsRecommended: 'solo opciones recomendadas',
  score: (score) => `puntuación ${score}`,
  endingAt: (node) => `final ${node}`,
  morePaths: (count, command) => `${count === 1 ? 'Otro camino llega' : `Otros ${count} caminos llegan`} a este final; ${command} los enumera todos.`,
  outcome: (outcome) => (outcome === undefined ? 'sin resultado' : (outcomes[outcome] ?? outcome)),
  at: (node) => `en ${node}`,
  list: yList,
};

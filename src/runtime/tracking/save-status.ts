/**
 * What the learner is told about their progress, and only what is true:
 * - `saved`: the learning system accepted everything so far;
 * - `saving`: changes are on their way;
 * - `unsaved`: the learning system did not confirm the latest changes; they are kept on this
 *   device and sent again;
 * - `device`: no learning system records this session; progress stays on this device;
 * - `review`: the learning system opened the course to review or browse: nothing is recorded.
 */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'device' | 'review';

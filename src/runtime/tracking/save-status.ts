/**
 * What the learner is told about their progress, and only what is true:
 * - `saved`: the learning system accepted everything so far;
 * - `partial`: it accepted everything so far but something it refused for good (one record it will
 *   never take): the rest is saved, and the learner is told whom to tell;
 * - `saving`: changes are on their way;
 * - `unsaved`: the learning system did not confirm the latest changes; they are kept on this
 *   device and sent again;
 * - `expired`: like `unsaved`, but the learning system refuses this session itself (it timed out,
 *   say): the progress kept on this device is sent when the course is opened from it again;
 * - `device`: no learning system records this session; progress stays on this device;
 * - `review`: the learning system opened the course to review or browse: nothing is recorded.
 */
export type SaveStatus = 'saved' | 'partial' | 'saving' | 'unsaved' | 'expired' | 'device' | 'review';

/** English player strings of the course shell (navigation, progress, tracking notices). */
export const shellStrings: Record<string, string> = {};

/** English player strings of the interactive blocks. */
export const blockStrings: Record<string, string> = {};

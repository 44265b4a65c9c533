/** What `build` and `validate` print with `--format`: text for people, JSON for scripts, SARIF for code scanning. */
export const checkFormats = ['text', 'json', 'sarif'] as const;

export type CheckFormat = (typeof checkFormats)[number];

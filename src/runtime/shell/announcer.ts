/** Speaks a short message through a polite live region. */
export type Announce = (message: string) => void;

/**
 * An `Announce` over the page's live region. The text is cleared first and set a moment later,
 * so the same message twice in a row is still spoken.
 */
export function createAnnouncer(region: HTMLElement | null): Announce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    if (!region) return;
    region.textContent = '';
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      region.textContent = message;
    }, 50);
  };
}

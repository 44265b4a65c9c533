/**
 * Whether an address carries a user name or password (`https://name:secret@host/…`), read with
 * the URL parser browsers use. Such an address in a course would be in every package, readable by
 * every learner and by anyone the zip is passed to: never a place for a password.
 */
export function hasCredentials(address: string): boolean {
  try {
    const url = new URL(address);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

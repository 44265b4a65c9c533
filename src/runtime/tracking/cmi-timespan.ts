/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` for a duration in milliseconds. Moodle accepts 2–4 hour
 * digits and 1–2 decimals (`^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$`); four hour digits
 * follow the RTE's own examples. Longer than 9999 hours is capped.
 */
export function formatCmiTimespan(milliseconds: number): string {
  const capped = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(capped / 360000);
  const minutes = Math.floor((capped % 360000) / 6000);
  const seconds = Math.floor((capped % 6000) / 100);
  const hundredths = capped % 100;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(hundredths, 2)}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS`: a time of day (local), not a timestamp. */
export function formatCmiTime(date: Date): string {
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

function pad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) text = '0' + text;
  return text;
}

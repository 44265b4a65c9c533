/**
 * An ISO 8601 duration for `result.duration` (standards 3.6): `PT1H2M3.45S`, seconds with at most
 * two decimals, never the forbidden `PThh:mm:ss` form. Hours are not folded into days, because
 * days are not of fixed length in ISO 8601.
 */
export function formatXapiDuration(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round((Number.isFinite(milliseconds) ? milliseconds : 0) / 10));
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (seconds > 0 || text === 'PT') text += `${Number(seconds.toFixed(2))}S`;
  return text;
}

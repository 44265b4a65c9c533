import type { InterviewSpeaker } from '../../model/blocks.js';
import { escapeHtml } from '../../model/escape-html.js';

/**
 * `speakers="Amara Okafor, Charge nurse; Dan Lee, Porter"` → people, each with an optional role:
 * a semicolon between people, the first comma between a name and a role.
 */
export function readSpeakers(list: string): InterviewSpeaker[] {
  return list.split(';').flatMap((entry) => {
    const comma = entry.indexOf(',');
    const name = (comma < 0 ? entry : entry.slice(0, comma)).trim();
    const role = comma < 0 ? '' : entry.slice(comma + 1).trim();
    return name ? [{ name, ...(role ? { role } : {}) }] : [];
  });
}

/**
 * The transcript with the speakers' names in bold where a line starts with one: "Amara: …" or
 * "Amara Okafor: …" (also after a line break), so a reader sees at a glance who says what.
 */
export function boldSpeakerNames(html: string, speakers: readonly InterviewSpeaker[]): string {
  const names = new Set<string>();
  for (const { name } of speakers) {
    names.add(escapeHtml(name));
    names.add(escapeHtml(name.split(/\s+/)[0] ?? name));
  }
  if (!names.size) return html;
  // Longest first, so "Amara Okafor:" is not taken as "Amara" followed by text.
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const line = new RegExp(`(<p>|<br>\\n?|\\n)(${alternatives.join('|')}):`, 'g');
  return html.replace(line, '$1<strong>$2:</strong>');
}

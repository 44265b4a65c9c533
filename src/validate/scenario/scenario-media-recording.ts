import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/**
 * Scenario steps show images only: the player has no captions or transcript for a step, and
 * WCAG 2.1 AA needs both for recorded speech.
 */
export function scenarioMediaRecording(scenario: Scenario, sink: DiagnosticSink): void {
  for (const node of scenario.nodes) {
    if (node.media && node.media.kind !== 'image') {
      sink.report('scenario-media-recording', { at: node.media.at, values: { node: node.id, kind: node.media.kind } });
    }
  }
}

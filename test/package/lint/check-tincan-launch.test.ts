import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkTincanLaunch, launchableActivities } from '../../../src/package/lint/check-tincan-launch.js';

const tincan = (activities: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>${activities}</activities></tincan>\n`;
const launchable = '<activity id="urn:a"><name lang="en">A</name><launch lang="en">index.html</launch></activity>';
const described = '<activity id="urn:b"><name lang="en">B</name></activity>';
const withResource = '<activity id="urn:c"><name lang="en">C</name><resource lang="en">c.html</resource></activity>';

describe('checkTincanLaunch', () => {
  it('passes exactly one launchable activity among descriptive ones', () => {
    const sink = createDiagnosticSink();
    expect(checkTincanLaunch(tincan(launchable + described), sink)).toBe(false);
    expect(sink.diagnostics).toEqual([]);
  });

  it('counts <launch> and <resource> alike, and only in the Tin Can namespace', () => {
    expect(launchableActivities(tincan(launchable + withResource))).toBe(2);
    expect(launchableActivities(tincan(described))).toBe(0);
    expect(launchableActivities(launchable)).toBe(0);
    expect(launchableActivities('not xml at all')).toBe(0);
  });

  it.each([
    [0, tincan(described)],
    [2, tincan(launchable + withResource)],
  ])('reports tincan-launch-count for %i launchable activities', (count, xml) => {
    const sink = createDiagnosticSink();
    expect(checkTincanLaunch(xml, sink)).toBe(true);
    expect(sink.diagnostics).toEqual([
      expect.objectContaining({
        code: 'tincan-launch-count',
        severity: 'error',
        message: `The manifest "tincan.xml" has ${count} launchable activities (with a launch or resource element); expected exactly one.`,
      }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkCmi5Url, reservedParametersIn } from '../../../src/package/lint/check-cmi5-url.js';

const cmi5 = (url: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="urn:c"><title><langstring lang="en">C</langstring></title><description><langstring lang="en">C</langstring></description></course>
  <au id="urn:c/au"><title><langstring lang="en">C</langstring></title><description><langstring lang="en">C</langstring></description><url>${url}</url></au>
</courseStructure>
`;

describe('checkCmi5Url', () => {
  it('passes a URL without a query, or with parameters of its own', () => {
    const sink = createDiagnosticSink();
    expect(checkCmi5Url(cmi5('index.html'), sink)).toBe(false);
    expect(checkCmi5Url(cmi5('index.html?lang=en&amp;mode=compact#top'), sink)).toBe(false);
    expect(sink.diagnostics).toEqual([]);
  });

  it('finds each parameter the LMS adds: endpoint, fetch, actor, registration, activityId (any case, once each)', () => {
    expect(reservedParametersIn('index.html?endpoint=a&fetch=b&actor=c&registration=d&activityId=e&x=1')).toEqual([
      'endpoint', 'fetch', 'actor', 'registration', 'activityId',
    ]);
    expect(reservedParametersIn('index.html?ActivityID=1&activityid=2&endpoint=3&endpoint=4')).toEqual(['ActivityID', 'activityid', 'endpoint']);
    expect(reservedParametersIn('index.html#endpoint=1')).toEqual([]);
    expect(reservedParametersIn('index.html?lang=en#fetch=1')).toEqual([]);
  });

  it('reports cmi5-url-reserved-parameter for each one, read from the XML as written', () => {
    const sink = createDiagnosticSink();
    expect(checkCmi5Url(cmi5('index.html?actor=someone&amp;registration=r1'), sink)).toBe(true);
    expect(sink.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['cmi5-url-reserved-parameter', 'error', 'The AU URL "index.html?actor=someone&registration=r1" in "cmi5.xml" has the query parameter "actor", which the LMS adds itself when it launches the AU.'],
      ['cmi5-url-reserved-parameter', 'error', 'The AU URL "index.html?actor=someone&registration=r1" in "cmi5.xml" has the query parameter "registration", which the LMS adds itself when it launches the AU.'],
    ]);
  });
});

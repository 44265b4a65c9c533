import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { courseIriProblem, resolveCourseIri } from '../../../src/parse/course/course-iri.js';

const at = { file: 'course.yml', range: { start: { line: 6, column: 6 } } };

describe('course IRI', () => {
  it.each([
    'https://learning.example.org/courses/respect-at-work',
    'http://example.org/c',
    'urn:acme:courses:fire-safety',
    'tag:example.org,2027:courses/fire',
    'https://lernen.example.de/kurse/ökologie',
  ])('accepts %s', (iri) => {
    expect(courseIriProblem(iri)).toBeUndefined();
  });

  it.each([
    ['', 'it is empty'],
    ['https://example.org/my course', 'it contains a space'],
    ['https://example.org/c\t', 'it contains a space or control character'],
    ['https://example.org/<c>', 'it contains "<", which an IRI cannot hold'],
    ['learning.example.org/courses/fire', 'it does not start with a scheme such as "https:" or "urn:"'],
    ['/courses/fire', 'it does not start with a scheme such as "https:" or "urn:"'],
    ['urn:', 'it has nothing after "urn:"'],
    ['https:courses/fire', 'expected "//" and a host name after "https:"'],
    ['https:///courses/fire', 'expected "//" and a host name after "https:"'],
    ['https://example.org/c#v2', 'it has a fragment ("#…"), which would swallow the lesson and interaction ids appended to it'],
    ['https://example.org/c?v=2', 'it has a query ("?…"); lesson and interaction ids are appended to it as paths'],
    ['https://example.org/c/', 'it ends with "/"; lesson and interaction ids are appended to it as "/lessons/…"'],
    ['https://lrs:S3cret@example.org/c', 'it holds a user name or password ("name:password@"), which every package and every statement would carry'],
    ['https://admin@example.org/c', 'it holds a user name or password ("name:password@"), which every package and every statement would carry'],
  ])('rejects %j: %s', (iri, reason) => {
    expect(courseIriProblem(iri)).toBe(reason);
  });

  it('defaults to urn:coursewright:<id>, reporting nothing', () => {
    const sink = createDiagnosticSink();
    expect(resolveCourseIri(undefined, 'fire', at, sink)).toBe('urn:coursewright:fire');
    expect(sink.diagnostics).toEqual([]);
  });

  it('keeps a usable IRI exactly as written', () => {
    const sink = createDiagnosticSink();
    expect(resolveCourseIri('https://example.org/Courses/Fire', 'fire', at, sink)).toBe('https://example.org/Courses/Fire');
    expect(sink.diagnostics).toEqual([]);
  });

  it('reports course-iri-invalid at the value, with a hint naming the default, and goes on with the default', () => {
    const sink = createDiagnosticSink();
    expect(resolveCourseIri('fire safety', 'fire', at, sink)).toBe('urn:coursewright:fire');
    expect(sink.diagnostics).toEqual([
      expect.objectContaining({
        code: 'course-iri-invalid',
        severity: 'error',
        file: 'course.yml',
        range: at.range,
        message: 'Unexpected course IRI "fire safety": it contains a space.',
        hint: expect.stringContaining('"urn:coursewright:fire"'),
      }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { scorm12Identifiers, toXmlId } from '../../../src/package/scorm12/scorm12-identifiers.js';

/** XML NCName restricted to ASCII, as LMSs expect (standards §1.4). */
const ncName = /^[A-Za-z_][A-Za-z0-9._-]*$/;

describe('SCORM 1.2 identifiers', () => {
  it('derive readable, valid ids from the course id and version', () => {
    expect(scorm12Identifiers({ id: 'respect-at-work', version: '2027.1' })).toEqual({
      manifest: 'respect-at-work-v2027.1',
      organization: 'respect-at-work-org',
      item: 'respect-at-work-item',
      resource: 'respect-at-work-sco',
    });
  });

  it('start with the course id, so the first 15 characters tell courses apart (SuccessFactors)', () => {
    const a = scorm12Identifiers({ id: 'fire-safety', version: '1' }).manifest;
    const b = scorm12Identifiers({ id: 'respect-at-work', version: '1' }).manifest;
    expect(a.slice(0, 15)).not.toBe(b.slice(0, 15));
    expect(b.slice(0, 15)).toBe('respect-at-work');
  });

  it('keep item and resource ids across versions, so LMSs keep learner records on update', () => {
    const v1 = scorm12Identifiers({ id: 'fire-safety', version: '2026.1' });
    const v2 = scorm12Identifiers({ id: 'fire-safety', version: '2027.1' });
    expect(v2.manifest).not.toBe(v1.manifest);
    expect({ ...v2, manifest: '' }).toEqual({ ...v1, manifest: '' });
  });

  it('carry the language of a translation, which an LMS holds as a course of its own; the original language keeps the plain ids', () => {
    const languages = ['en', 'es'];
    expect(scorm12Identifiers({ id: 'respect-at-work-manager', version: '2027.1', language: 'en', languages })).toEqual(scorm12Identifiers({ id: 'respect-at-work-manager', version: '2027.1' }));
    expect(scorm12Identifiers({ id: 'respect-at-work-manager', version: '2027.1', language: 'es', languages })).toEqual({
      manifest: 'respect-at-work-manager-es-v2027.1',
      organization: 'respect-at-work-manager-es-org',
      item: 'respect-at-work-manager-es-item',
      resource: 'respect-at-work-manager-es-sco',
    });
    expect(scorm12Identifiers({ id: 'c', version: '1', language: 'pt-BR', languages: ['en', 'pt-BR'] }).resource).toBe('c-pt-BR-sco');
  });

  it('stay distinct and valid whatever the version says', () => {
    for (const version of ['org', 'item', 'sco', '1.0 beta/2', 'ünï', '']) {
      const ids = Object.values(scorm12Identifiers({ id: 'x', version }));
      expect(new Set(ids).size, version).toBe(4);
      for (const id of ids) expect(id, version).toMatch(ncName);
    }
  });

  it('turn any text into an NCName', () => {
    expect(toXmlId('2027-course')).toBe('course-2027-course');
    expect(toXmlId('Kurs für Pflege')).toBe('Kurs-f-r-Pflege');
    expect(toXmlId('a:b c')).toBe('a-b-c');
    expect(toXmlId('---')).toBe('course');
    expect(toXmlId('_x.y')).toBe('_x.y');
  });
});

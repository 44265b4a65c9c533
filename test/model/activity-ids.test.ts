import { describe, expect, it } from 'vitest';
import { activityId, activityTypes, defaultCourseIri } from '../../src/model/activity-ids.js';

const iri = 'https://learning.example.org/courses/respect-at-work';

describe('activityId', () => {
  it('names the course by its IRI and the parts below it', () => {
    expect(activityId(iri, 'course')).toBe(iri);
    expect(activityId(iri, 'au')).toBe(`${iri}/au`);
    expect(activityId(iri, 'lesson', 'speaking-up')).toBe(`${iri}/lessons/speaking-up`);
    expect(activityId(iri, 'interaction', 'break-room.intro')).toBe(`${iri}/interactions/break-room.intro`);
  });

  it('works the same for the default urn: IRI', () => {
    expect(defaultCourseIri('respect-at-work')).toBe('urn:coursewright:respect-at-work');
    expect(activityId(defaultCourseIri('fire'), 'lesson', 'exits')).toBe('urn:coursewright:fire/lessons/exits');
  });

  it('percent-encodes characters a path segment cannot hold, so every id stays a valid IRI', () => {
    expect(activityId(iri, 'interaction', 'a b/c?d#e')).toBe(`${iri}/interactions/a%20b%2Fc%3Fd%23e`);
  });

  it('gives distinct ids for the course, the AU, a lesson and an interaction of the same name', () => {
    const ids = [activityId(iri, 'course'), activityId(iri, 'au'), activityId(iri, 'lesson', 'au'), activityId(iri, 'interaction', 'au')];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the ADL activity types', () => {
    expect(activityTypes).toEqual({
      course: 'http://adlnet.gov/expapi/activities/course',
      lesson: 'http://adlnet.gov/expapi/activities/lesson',
      interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    });
  });
});

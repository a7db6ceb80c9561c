import { describe, expect, it } from 'vitest';
import {
  becameDue,
  isPublished,
  isScheduled,
  publicationTime,
  scheduledArticles,
} from '../../../src/lib/articles/published';

const now = new Date('2026-12-04T06:00:00Z');
const at = (iso: string, draft = false) => ({ date: new Date(iso), draft });

describe('isPublished', () => {
  it('publishes an article dated before now or exactly now', () => {
    expect(isPublished(at('2026-12-03T06:00:00Z'), now)).toBe(true);
    expect(isPublished(at('2026-12-04T06:00:00Z'), now)).toBe(true);
  });

  it('holds back an article dated even a second after now', () => {
    expect(isPublished(at('2026-12-04T06:00:01Z'), now)).toBe(false);
    expect(isScheduled(at('2026-12-04T06:00:01Z'), now)).toBe(true);
  });

  it('never publishes or schedules a draft, whatever its date', () => {
    expect(isPublished(at('2020-01-01T00:00:00Z', true), now)).toBe(false);
    expect(isScheduled(at('2030-01-01T00:00:00Z', true), now)).toBe(false);
  });
});

describe('scheduledArticles', () => {
  it('lists the future articles soonest first, without drafts or published ones', () => {
    const later = at('2026-12-10T08:00:00Z');
    const sooner = at('2026-12-05T08:00:00Z');
    const list = [later, at('2026-12-01T00:00:00Z'), at('2026-12-06T00:00:00Z', true), sooner];
    expect(scheduledArticles(list, now)).toEqual([sooner, later]);
  });
});

describe('becameDue', () => {
  const since = new Date('2026-12-04T05:45:00Z');
  it('is true only for articles dated after the last build and by now', () => {
    expect(becameDue(at('2026-12-04T05:50:00Z'), since, now)).toBe(true);
    expect(becameDue(at('2026-12-04T05:45:00Z'), since, now)).toBe(false);
    expect(becameDue(at('2026-12-04T06:10:00Z'), since, now)).toBe(false);
    expect(becameDue(at('2026-12-04T05:50:00Z', true), since, now)).toBe(false);
  });
});

describe('publicationTime', () => {
  const clock = () => new Date('2000-01-01T00:00:00Z');

  it('uses the real clock when ROTATIVA_NOW is unset or empty', () => {
    expect(publicationTime({}, clock)).toEqual(clock());
    expect(publicationTime({ ROTATIVA_NOW: ' ' }, clock)).toEqual(clock());
  });

  it('reads ROTATIVA_NOW as an instant with its zone', () => {
    expect(publicationTime({ ROTATIVA_NOW: '2026-12-04T07:00:00+01:00' }, clock)).toEqual(now);
    expect(publicationTime({ ROTATIVA_NOW: '2026-12-04T06:00:00Z' }, clock)).toEqual(now);
  });

  it('refuses a value without a zone or that is no date, in Italian', () => {
    expect(() => publicationTime({ ROTATIVA_NOW: '2026-12-04T07:00' })).toThrow(/con fuso/);
    expect(() => publicationTime({ ROTATIVA_NOW: 'domani Z' })).toThrow(/ROTATIVA_NOW/);
  });
});

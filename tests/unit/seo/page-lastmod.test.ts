import { describe, expect, it } from 'vitest';
import { pageLastmod } from '../../../src/lib/seo/page-lastmod';

const page = (meta: string) => `<html><head>${meta}</head><body></body></html>`;

describe('pageLastmod', () => {
  it('prefers the modification time to the publication time', () => {
    expect(
      pageLastmod(
        page(
          '<meta property="article:published_time" content="2018-07-04T00:00:00+02:00"><meta property="article:modified_time" content="2019-01-02T10:00:00+01:00">',
        ),
      ),
    ).toBe('2019-01-02T10:00:00+01:00');
  });

  it('falls back to the publication time', () => {
    expect(
      pageLastmod(
        page('<meta content="2018-07-04T00:00:00+02:00" property="article:published_time">'),
      ),
    ).toBe('2018-07-04T00:00:00+02:00');
  });

  it('says nothing for a page without article times', () => {
    expect(pageLastmod(page('<title>Archivio</title>'))).toBeUndefined();
  });
});

import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { shardedBuild } from '../../../src/integrations/rotativa-shard';
import { articlePath } from '../../../src/lib/articles/paths';
import { shardOfPath } from '../../../src/lib/build/shard';

type DoneOptions = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];

const paths = [
  ...Array.from({ length: 40 }, (_, n) => ({
    pathname: articlePath(`a-${n}`),
    route: { type: 'page' },
  })),
  { pathname: '/rss.xml', route: { type: 'endpoint' } },
  { pathname: '/', route: { type: 'page' } },
];

function siteFile() {
  const setup = vi.fn();
  const done = vi.fn();
  const integration: AstroIntegration = {
    name: 'site-file',
    hooks: { 'astro:config:setup': setup, 'astro:build:start': vi.fn(), 'astro:build:done': done },
  };
  return { integration, setup, done };
}

describe('shardedBuild', () => {
  it('changes nothing in a whole build', () => {
    const build = shardedBuild({});
    const { integration } = siteFile();
    expect(build.siteWide([integration])).toEqual([integration]);
    expect(build.selectPages(paths)).toBe(paths);
    expect(build.rendersArticle('a-1')).toBe(true);
  });

  it('splits the pages between the shards, each page once, in Astro’s order', () => {
    const [first, second] = ['1/2', '2/2'].map((shard) =>
      shardedBuild({ ROTATIVA_SHARD: shard }).selectPages(paths),
    );
    expect(first?.length).toBeGreaterThan(0);
    expect(second?.length).toBeGreaterThan(0);
    expect(paths.filter((path) => first?.includes(path) || second?.includes(path))).toEqual(paths);
    expect(first?.filter((path) => second?.includes(path))).toEqual([]);
  });

  it('draws an article’s share card in the shard of its page', () => {
    const build = shardedBuild({ ROTATIVA_SHARD: '2/3' });
    for (let n = 0; n < 30; n++)
      expect(build.rendersArticle(`a-${n}`)).toBe(shardOfPath(articlePath(`a-${n}`), 3) === 2);
  });

  it('keeps only the configuration of the site-wide integrations in the other shards', () => {
    const { integration, setup } = siteFile();
    const [kept] = shardedBuild({ ROTATIVA_SHARD: '2/2' }).siteWide([integration]);
    expect(Object.keys(kept?.hooks ?? {})).toEqual(['astro:config:setup']);
    expect(kept?.hooks['astro:config:setup']).toBe(setup);
  });

  it('tells the site-wide integrations of shard 1 every page of the site', async () => {
    const build = shardedBuild({ ROTATIVA_SHARD: '1/2' });
    const { integration, done } = siteFile();
    const [wrapped] = build.siteWide([integration]);
    build.selectPages(paths);
    await wrapped?.hooks['astro:build:done']?.({
      pages: [{ pathname: 'only-mine/' }],
    } as DoneOptions);
    const names = (done.mock.calls[0]?.[0] as DoneOptions).pages.map(({ pathname }) => pathname);
    expect(names).toEqual([...Array.from({ length: 40 }, (_, n) => `articoli/a-${n}/`), '']);
  });
});

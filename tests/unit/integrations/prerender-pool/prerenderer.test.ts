import type { AstroPrerenderer, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import { pooledPrerenderer } from '@/integrations/prerender-pool/prerenderer';

const unused = () => {
  throw new Error('not expected without workers');
};

describe('pooledPrerenderer without workers', () => {
  it('lets the event loop turn before each page it renders in the build thread', async () => {
    const turnedBeforePage: boolean[] = [];
    let turned = false;
    const base: AstroPrerenderer = {
      name: 'base',
      getStaticPaths: () => Promise.resolve([]),
      render: () => {
        turnedBeforePage.push(turned);
        return Promise.resolve(new Response('<p>pagina</p>'));
      },
    };
    const prerenderer = pooledPrerenderer(base, {
      workers: 0,
      minPages: 1,
      selectPages: (paths) => paths,
      entryUrl: () => undefined,
      pageStyles: () => [],
      compileCache: () => '',
      loadImageService: unused,
      onPool: unused,
      onInProcess: unused,
    });
    await prerenderer.getStaticPaths();
    const routeData = { route: '/' } as RouteData;
    for (let page = 0; page < 3; page++) {
      turned = false;
      // What another thread's message would run: a callback of the event loop's next turn.
      setImmediate(() => (turned = true));
      const response = await prerenderer.render(new Request('http://localhost/'), { routeData });
      expect(await (response as Response).text()).toBe('<p>pagina</p>');
    }
    expect(turnedBeforePage).toEqual([true, true, true]);
  });
});

import { getViteConfig } from 'astro/config';
export default getViteConfig({ test: { include: ['zz-*.test.ts'] } } as never);

import type { APIRoute, GetStaticPaths } from 'astro';
import { getTerms, type Article } from '../../../data/articles';
import { articlesFeed, feedCacheKey } from '../../../data/feed';
import { SITE } from '../../../site.config';

export const getStaticPaths = (async () =>
  (await getTerms('category')).map((term) => ({
    params: { slug: term.slug },
    props: { name: term.name, articles: term.items },
    cacheKey: feedCacheKey(term.items),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; articles: Article[] }> = ({ props }) =>
  articlesFeed(
    `${SITE.name} – ${props.name}`,
    `Gli ultimi articoli di ${SITE.name} nella categoria ${props.name}.`,
    props.articles,
  );

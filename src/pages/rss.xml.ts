import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles';
import { articlesFeed } from '../data/feed';
import { SITE } from '../site.config';

export const GET: APIRoute = async () =>
  articlesFeed(SITE.name, SITE.description, await getArticles());

/**
 * The full text of an article for the feeds: its body rendered as on its page (body images
 * through Astro's image service), then made self-contained for feed readers. An article can
 * appear in several feeds (the main one, its category's, tags', author's): it is rendered once.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { absoluteUrl, articlePath } from '../lib/articles/paths';
import { feedHtml } from '../lib/feeds/feed-html';
import { SITE } from '../site.config';
import { renderArticleBody } from './article-page';
import type { Article } from './articles';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

async function render(article: Article): Promise<string> {
  const { Content } = await renderArticleBody(article.entry);
  const html = await (await (container ??= AstroContainer.create())).renderToString(Content);
  return feedHtml(html, absoluteUrl(articlePath(article.id), SITE.url));
}

/** The article's body as `content:encoded` carries it. */
export function articleFeedContent(article: Article): Promise<string> {
  const key = `${article.id}\0${article.digest}`;
  let body = bodies.get(key);
  if (body === undefined) {
    body = render(article);
    bodies.set(key, body);
  }
  return body;
}

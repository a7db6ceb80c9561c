/**
 * Internal links of an article body against the pages the build will have: an article that
 * exists and is published, or another route of the site or file of `public/`. External links
 * are left to the reader's browser.
 */
import type { ContentProblem } from '../errors';
import { articlePath } from '../articles/paths';
import type { BodyReference } from './body-references';
import { formatItalianDateTime } from '../dates/format-italian-date';

/** The article whose body is checked. */
export interface LinkingArticle {
  file: string;
  slug: string;
  draft: boolean;
  /** When the article goes public; a link may only lead to what is public by then. */
  date?: Date | undefined;
}

/** What the links are checked against. */
export interface LinkTargets {
  /** Every path the build serves: pages (`siteRoutes`) and files of `public/` (`/favicon.svg`). */
  routes: ReadonlySet<string>;
  /** Every article by slug, drafts included, with whether it is one and, if scheduled, when. */
  articles: ReadonlyMap<string, { draft: boolean; scheduledFor?: Date | undefined }>;
  /** The site's base URL: absolute links to its host are internal. */
  siteUrl: string;
}

const ARTICLE_PATH = /^\/articoli\/([^/]+)(\/?)$/;

/** The site path a link leads to, or undefined when it leaves the site or stays on the page. */
function internalPath(url: string, from: URL): string | undefined {
  if (url.startsWith('#')) return undefined;
  let target: URL;
  try {
    target = new URL(url, from);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(target.protocol) || target.host !== from.host) return undefined;
  try {
    return decodeURIComponent(target.pathname);
  } catch {
    return target.pathname;
  }
}

/** Why `path` is not a page of the site, or undefined when it is. */
function brokenReason(
  path: string,
  source: LinkingArticle,
  targets: LinkTargets,
): string | undefined {
  const article = ARTICLE_PATH.exec(path);
  if (article) {
    const slug = article[1] ?? '';
    const target = targets.articles.get(slug);
    if (target === undefined)
      return `non porta a nessun articolo: nessun file di content/articles ha slug ${slug}`;
    // A draft may link another draft: both are published together or not at all.
    if (target.draft && !source.draft)
      return 'porta a una bozza (draft: true), che non viene pubblicata: pubblicala o togli il link';
    const due = target.scheduledFor;
    if (due !== undefined && !source.draft && !(source.date && source.date >= due))
      return `porta a un articolo programmato per il ${formatItalianDateTime(due)}, dopo questo: il link sarebbe rotto fino ad allora; programma questo articolo dopo o togli il link`;
    return article[2] === '' ? `manca la barra finale: scrivi ${articlePath(slug)}` : undefined;
  }
  if (targets.routes.has(path)) return undefined;
  if (targets.routes.has(`${path}/`)) return `manca la barra finale: scrivi ${path}/`;
  if (path.endsWith('.md')) {
    const slug = path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
    return `punta al file Markdown: per un articolo usa il suo indirizzo (${articlePath(slug)})`;
  }
  return 'non porta a nessuna pagina del sito né a un file di public/';
}

/**
 * Problems with the internal links among `references` (images are checked elsewhere). Relative
 * links are resolved from the article's own URL, as a browser would.
 */
export function checkLinks(
  source: LinkingArticle,
  references: readonly BodyReference[],
  targets: LinkTargets,
): ContentProblem[] {
  const from = new URL(articlePath(source.slug), targets.siteUrl);
  return references.flatMap((reference): ContentProblem[] => {
    if (reference.kind !== 'link') return [];
    const problem = {
      file: source.file,
      line: reference.line,
      field: 'link',
      value: reference.url,
    };
    if (reference.url.trim() === '')
      return [{ ...problem, message: 'il link è vuoto: scrivi l’indirizzo tra le parentesi' }];
    const path = internalPath(reference.url, from);
    if (path === undefined) return [];
    const reason = brokenReason(path, source, targets);
    if (reason === undefined) return [];
    const resolved = reference.url.startsWith('/') ? '' : ` (porta a ${path})`;
    return [{ ...problem, message: `${reason}${resolved}` }];
  });
}

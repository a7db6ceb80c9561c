/**
 * Old URLs (`aliases`) keep working only if each leads to one article: an alias claimed twice,
 * or one that is already a page of the site, would send readers to the wrong place.
 */
import type { ContentProblem } from '../errors';
import { articlePath } from '../articles/paths';

/** An article and the aliases its front-matter lists. */
export interface AliasOwner {
  file: string;
  slug: string;
  aliases: readonly string[];
  /** Line of an alias in the file. */
  lineOf: (alias: string) => number | undefined;
}

/** What aliases must not collide with. */
export interface AliasTargets {
  /** Every page and file the build serves (`siteRoutes` plus `public/`). */
  routes: ReadonlySet<string>;
  /** Slugs of every article, drafts included: their pages exist once they are published. */
  articleSlugs: Iterable<string>;
  /** Base of relative aliases; the host of full URLs is ignored (old domains count). */
  siteUrl: string;
}

/**
 * The form two addresses are compared in: path (case and trailing slash ignored) plus query,
 * as the comment importers match old URLs.
 */
function aliasKey(url: string, siteUrl: string): string | undefined {
  if (!URL.canParse(url.trim(), siteUrl)) return undefined;
  const parsed = new URL(url.trim(), siteUrl);
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  return `${path === '' ? '/' : path}${parsed.search}`;
}

/** Problems of aliases that are not valid URLs, claimed twice, or already a page. */
export function checkAliases(owners: readonly AliasOwner[], targets: AliasTargets): ContentProblem[] {
  const pages = new Map<string, string>();
  for (const route of targets.routes) pages.set(aliasKey(route, targets.siteUrl) ?? route, route);
  const articlePages = new Map<string, string>();
  for (const slug of targets.articleSlugs) {
    const path = articlePath(slug);
    articlePages.set(aliasKey(path, targets.siteUrl) ?? path, slug);
  }

  const claims = new Map<string, { owner: AliasOwner; alias: string }[]>();
  const problems: ContentProblem[] = [];
  for (const owner of owners) {
    for (const alias of owner.aliases) {
      const where = { file: owner.file, line: owner.lineOf(alias), field: 'aliases', value: alias };
      const key = aliasKey(alias, targets.siteUrl);
      if (key === undefined) {
        problems.push({ ...where, message: 'non è un indirizzo valido (esempio: /2018/07/04/xiaomi.html)' });
        continue;
      }
      const slug = articlePages.get(key);
      const page = pages.get(key);
      if (slug !== undefined)
        problems.push({
          ...where,
          message:
            slug === owner.slug
              ? 'è già l’indirizzo di questo articolo: toglilo dagli alias'
              : `coincide con l’indirizzo dell’articolo ${slug} (${articlePath(slug)})`,
        });
      else if (page !== undefined)
        problems.push({ ...where, message: `coincide con la pagina ${page} del sito` });
      claims.set(key, [...(claims.get(key) ?? []), { owner, alias }]);
    }
  }
  for (const claimants of claims.values()) {
    const claimers = [...new Map(claimants.map((claim) => [claim.owner, claim])).values()];
    if (claimants.length < 2) continue;
    for (const { owner, alias } of claimers) {
      const others = claimers.filter((claim) => claim.owner !== owner).map((claim) => claim.owner.file);
      problems.push({
        file: owner.file,
        line: owner.lineOf(alias),
        field: 'aliases',
        value: alias,
        message:
          others.length === 0
            ? 'compare più volte negli alias di questo articolo'
            : `è anche un alias di ${others.join(', ')}: ogni indirizzo vecchio porta a un solo articolo`,
      });
    }
  }
  return problems;
}

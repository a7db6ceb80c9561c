/**
 * Old URLs (`aliases`) keep working only if each leads to one article: an alias claimed twice,
 * or one that is already a page of the site, would send readers to the wrong place, and the
 * build, which writes a redirect page for each alias, stops on it.
 */
import type { ContentProblem } from '../errors';
import { articlePath } from '../articles/paths';
import { aliasFile, redirectFilePath } from '../redirects/alias-redirects';

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
}

/**
 * The file an address occupies in the build: the redirect pages are written there
 * (`/2018/x.html` → `2018/x.html`, `/2018/x` and `/2018/x/` → `2018/x/index.html`), so two
 * addresses collide exactly when they share it. Hosts, queries and fragments do not count.
 * Undefined for an alias that can have no file, which the article schema reports.
 */
function outputFile(url: string): string | undefined {
  const file = aliasFile(url);
  return file.ok ? file.file : undefined;
}

/** A collision message, with why `/?p=123` collides with `/` when the alias has a query. */
const explained = (alias: string, message: string): string =>
  /[?#]/.test(alias)
    ? `${message} (conta solo il percorso: ciò che segue ? o # non arriva ai file di un sito statico)`
    : message;

/** Problems of aliases claimed twice or already a page (invalid ones are the schema’s to report). */
export function checkAliases(
  owners: readonly AliasOwner[],
  targets: AliasTargets,
): ContentProblem[] {
  const pages = new Map<string, string>();
  for (const route of targets.routes) pages.set(redirectFilePath(route), route);
  const articlePages = new Map<string, string>();
  for (const slug of targets.articleSlugs) articlePages.set(redirectFilePath(articlePath(slug)), slug);

  const claims = new Map<string, { owner: AliasOwner; alias: string }[]>();
  const problems: ContentProblem[] = [];
  for (const owner of owners) {
    for (const alias of owner.aliases) {
      const where = { file: owner.file, line: owner.lineOf(alias), field: 'aliases', value: alias };
      const key = outputFile(alias);
      if (key === undefined) continue;
      const slug = articlePages.get(key);
      const page = pages.get(key);
      if (slug !== undefined)
        problems.push({
          ...where,
          message: explained(
            alias,
            slug === owner.slug
              ? 'è già l’indirizzo di questo articolo: toglilo dagli alias'
              : `coincide con l’indirizzo dell’articolo ${slug} (${articlePath(slug)})`,
          ),
        });
      else if (page !== undefined)
        problems.push({
          ...where,
          message: explained(alias, `coincide con la pagina ${page} del sito`),
        });
      claims.set(key, [...(claims.get(key) ?? []), { owner, alias }]);
    }
  }
  for (const claimants of claims.values()) {
    const claimers = [...new Map(claimants.map((claim) => [claim.owner, claim])).values()];
    if (claimants.length < 2) continue;
    for (const { owner, alias } of claimers) {
      const others = claimers
        .filter((claim) => claim.owner !== owner)
        .map((claim) => claim.owner.file);
      problems.push({
        file: owner.file,
        line: owner.lineOf(alias),
        field: 'aliases',
        value: alias,
        message: explained(
          alias,
          others.length === 0
            ? 'compare più volte negli alias di questo articolo'
            : `è anche un alias di ${others.join(', ')}: ogni indirizzo vecchio porta a un solo articolo`,
        ),
      });
    }
  }
  return problems;
}

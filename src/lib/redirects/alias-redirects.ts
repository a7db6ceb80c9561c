/**
 * Old URLs of articles (front-matter `aliases`) keep working on a static host: each gets a small
 * HTML page that redirects without JavaScript, and a `_redirects` file gives CDNs that read it
 * (Netlify, Cloudflare Pages) a real 301.
 */
import { articlePath } from '../articles/paths';
import { relativePathProblem } from '../paths/resolve-under';
import { SITE } from '../../site.config';

/** An article's slug, title and old URLs. */
export interface AliasSource {
  slug: string;
  title: string;
  aliases: readonly string[];
}

/** One redirect: an old path on this site and where it now lives. */
export interface AliasRedirect {
  from: string;
  to: string;
  title: string;
}

/**
 * The site-relative path of an alias: full URLs keep only their path (the old site may have had
 * another host), query strings and fragments are dropped, and a leading slash is ensured.
 */
export function aliasPath(alias: string): string {
  const url = new URL(alias.trim(), 'https://alias.invalid');
  return url.pathname;
}

/** Every alias of every article as a redirect, in a stable order. */
export function aliasRedirects(articles: readonly AliasSource[]): AliasRedirect[] {
  return articles
    .flatMap(({ slug, title, aliases }) =>
      aliases.map((alias) => ({ from: aliasPath(alias), to: articlePath(slug), title })),
    )
    .filter(({ from, to }) => from !== to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Decodes one `%XX`-encoded path segment; undefined when a `%` starts no valid sequence. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * File, relative to the output folder, that answers `path` on a static host: `a/b.html` as is,
 * `a/b` and `a/b/` as `a/b/index.html`. A segment that does not decode is kept as written (see
 * {@link aliasFile} for paths that come from content).
 */
export function redirectFilePath(path: string): string {
  const clean = path
    .split('/')
    .map((segment) => decodeSegment(segment) ?? segment)
    .join('/')
    .replace(/^\/+/, '');
  if (/\.html?$/i.test(clean)) return clean;
  return `${clean.replace(/\/+$/, '')}/index.html`.replace(/^\//, '');
}

/** The redirect file of an alias, or why the alias cannot have one. */
export type AliasFile = { ok: true; path: string; file: string } | { ok: false; message: string };

/**
 * The one place an alias becomes a file name, for the checker and the build alike: the alias
 * must be a URL whose path decodes (a lone `%` does not), and no decoded segment may carry a
 * `/`, a `\\` or be `.`/`..` (`%2F` would otherwise survive URL normalisation and reach the
 * file system as a separator).
 */
export function aliasFile(alias: string): AliasFile {
  if (!URL.canParse(alias.trim(), 'https://alias.invalid'))
    return { ok: false, message: 'non è un indirizzo valido (esempio: /2018/07/04/xiaomi.html)' };
  const path = aliasPath(alias);
  const segments = path.split('/').map(decodeSegment);
  if (segments.includes(undefined))
    return {
      ok: false,
      message: 'contiene un % che non introduce un carattere codificato: scrivi %25 al posto di %',
    };
  if (segments.some((segment) => segment !== undefined && /[/\\]|^\.\.?$/.test(segment)))
    return {
      ok: false,
      message: 'contiene %2F, %5C o un . / .. codificato: non è un percorso di questo sito',
    };
  const file = redirectFilePath(path);
  const problem = relativePathProblem(file);
  return problem === undefined
    ? { ok: true, path, file }
    : { ok: false, message: `non può diventare un file del sito: ${problem}` };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A redirect page: meta refresh, canonical link and a visible link, no script. */
export function redirectPage({ to, title }: AliasRedirect, site: string): string {
  const target = escapeHtml(new URL(to, site).href);
  return `<!doctype html>
<html lang="${new Intl.Locale(SITE.locale).language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${target}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>Questo articolo si trova ora a <a href="${target}">${escapeHtml(title)}</a>.</p>
</body>
</html>
`;
}

/** The `_redirects` file: one permanent redirect per alias. */
export function redirectsFile(redirects: readonly AliasRedirect[]): string {
  // A URL's path is already percent-encoded once; parsing it again only encodes what is raw.
  return redirects.map(({ from, to }) => `${aliasPath(from)} ${to} 301\n`).join('');
}

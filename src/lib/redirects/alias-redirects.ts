/**
 * Old URLs of articles (front-matter `aliases`) keep working on a static host: each gets a small
 * HTML page that redirects without JavaScript, and a `_redirects` file gives CDNs that read it
 * (Netlify, Cloudflare Pages) a real 301.
 */
import { articlePath } from '../articles/paths';

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

/**
 * File, relative to the output folder, that answers `path` on a static host: `a/b.html` as is,
 * `a/b` and `a/b/` as `a/b/index.html`.
 */
export function redirectFilePath(path: string): string {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  if (/\.html?$/i.test(clean)) return clean;
  return `${clean.replace(/\/+$/, '')}/index.html`.replace(/^\//, '');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A redirect page: meta refresh, canonical link and a visible link, no script. */
export function redirectPage({ to, title }: AliasRedirect, site: string): string {
  const target = escapeHtml(new URL(to, site).href);
  return `<!doctype html>
<html lang="it">
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
  return redirects.map(({ from, to }) => `${encodeURI(decodeURI(from))} ${to} 301\n`).join('');
}

/**
 * What a reader downloads for an article page before comments and images: its HTML without the
 * comments section, plus the stylesheets it links. Pure: the caller reads the files and gzips.
 */

/** Site paths of the stylesheets a page links (`<link rel="stylesheet" href="/_astro/x.css">`). */
export function stylesheetHrefs(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href !== undefined) hrefs.push(href);
  }
  return hrefs;
}

/** `html` without the comments section (`<section id="commenti">…</section>`), which holds no other section. */
export function withoutComments(html: string): string {
  return html.replace(/<section\b[^>]*\bid=["']?commenti\b[\s\S]*?<\/section>/i, '');
}

/** Whether a page ships JavaScript: a `<script>` that is not JSON data (JSON-LD and the like). */
export function hasScript(html: string): boolean {
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\btype=["']?application\/(?:ld\+)?json/i.test(tag)) return true;
  }
  return false;
}

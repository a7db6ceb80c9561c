/**
 * The benchmark corpus as a minimal Hugo site, the baseline a newsroom would compare against:
 * the same articles at the same URLs, taxonomy pages for categories, tags and authors, a
 * paginated home, and each article's published comments rendered from Markdown into a plain list
 * on its page, so the work per page and the page weight are comparable. Pagefind indexes the
 * article pages only, as Rotativa's build does.
 */
import type { CorpusFile } from '../corpus/corpus';
import { validateArticle } from '../../src/lib/content/validate-article';
import type { CommentSnapshot } from '../../src/schemas/comments';
import { SITE } from '../../src/site.config';

/** Arguments of the Pagefind CLI run after `hugo`, relative to the site folder. */
export const PAGEFIND_ARGS = [
  '--site',
  'public',
  '--glob',
  'articoli/*/index.html',
  '--force-language',
  new Intl.Locale(SITE.locale).language,
];

const CONFIG = `baseURL = ${JSON.stringify(`${SITE.url}/`)}
languageCode = ${JSON.stringify(SITE.locale)}
title = ${JSON.stringify(SITE.name)}
paginate = ${SITE.perPage}
disableKinds = ['robotsTXT', 'section']
[taxonomies]
  categoria = 'categorie'
  tag = 'tag'
  autore = 'autori'
[permalinks]
  articoli = '/articoli/:slug/'
[markup.goldmark.renderer]
  unsafe = false
`;

const BASEOF = `<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="/site.css">
</head>
<body>
<header><a href="/">{{ site.Title }}</a>
<nav>{{ range site.Taxonomies.categorie.ByCount }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Title }}</footer>
</body>
</html>
`;

const SUMMARY = `<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "autori" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</p>
<p>{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 200 }}{{ end }}</p></article>
`;

const PAGER = `{{ template "_internal/pagination.html" . }}`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range (.Paginate .Pages).Pages }}{{ partial "summary.html" . }}{{ end }}
${PAGER}{{ end }}
`;

const HOME = `{{ define "main" }}
{{ range (.Paginate (where site.RegularPages "Section" "articoli")).Pages }}{{ partial "summary.html" . }}{{ end }}
${PAGER}{{ end }}
`;

const TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
`;

const SINGLE = `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "autori" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ range .GetTerms "categorie" }}<a href="{{ .RelPermalink }}" data-pagefind-filter="categoria">{{ .Title }}</a>{{ end }}</p>
{{ .Content }}
<ul>{{ range .GetTerms "tag" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</article>
{{ with .Params.commenti }}<section id="commenti" data-pagefind-ignore="all"><h2>Commenti ({{ len . }})</h2>
<ol>{{ range . }}<li id="{{ .id }}"><p><b>{{ .autore }}</b> {{ with .data }}<time datetime="{{ . }}">{{ . }}</time>{{ end }}</p>{{ .testo | markdownify }}</li>{{ end }}</ol>
</section>{{ end }}
{{ end }}
`;

const CSS = `body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}
header,footer{font-family:system-ui,sans-serif}nav a{margin-right:.5rem}
article h2{margin-bottom:0}ol li{margin:.5rem 0}
`;

/** The files of the site that do not depend on the corpus. */
export const HUGO_SITE_FILES: readonly CorpusFile[] = [
  { path: 'hugo.toml', text: CONFIG },
  { path: 'layouts/_default/baseof.html', text: BASEOF },
  { path: 'layouts/_default/list.html', text: LIST },
  { path: 'layouts/_default/terms.html', text: TERMS },
  { path: 'layouts/_default/single.html', text: SINGLE },
  { path: 'layouts/index.html', text: HOME },
  { path: 'layouts/partials/summary.html', text: SUMMARY },
  { path: 'static/site.css', text: CSS },
];

/** A comment as the Hugo page lists it: published ones only, in the snapshot's order. */
interface HugoComment {
  id: string;
  autore: string;
  data?: string;
  testo: string;
}

function hugoComments(snapshot: CommentSnapshot | undefined): HugoComment[] {
  return (snapshot?.comments ?? [])
    .filter((comment) => (comment.status ?? 'published') === 'published')
    .map((comment) => ({
      id: comment.id,
      autore: comment.author ?? 'Anonimo',
      ...(comment.date === undefined ? {} : { data: comment.date }),
      testo: comment.body,
    }));
}

/**
 * The Hugo page of one article of the corpus (`path` as in the content folder), with its
 * comment snapshot: JSON front matter, which Hugo reads as it does YAML, and the same Markdown body.
 */
export function hugoArticle(
  article: CorpusFile,
  snapshot: CommentSnapshot | undefined,
): CorpusFile {
  const { slug, data, body, problems } = validateArticle({
    file: `content/${article.path}`,
    entry: article.path.replace(/^articles\//, ''),
    source: article.text,
  });
  if (data === undefined) {
    throw new Error(`${article.path}: ${problems.map((problem) => problem.message).join('; ')}`);
  }
  const front = {
    title: data.title,
    slug,
    date: data.date.toISOString(),
    ...(data.updated === undefined ? {} : { lastmod: data.updated.toISOString() }),
    ...(data.description === undefined ? {} : { description: data.description }),
    draft: data.draft,
    autori: [data.author],
    categorie: data.category === undefined ? [] : [data.category],
    tag: data.tags,
    commenti: hugoComments(snapshot),
  };
  return {
    path: `content/articoli/${slug}.md`,
    text: `${JSON.stringify(front, null, 1)}\n${body}`,
  };
}

/**
 * The Hugo site's content for a corpus stream (each article followed by its snapshot, if any):
 * one page per article, its comments inside.
 */
export function* hugoContent(corpus: Iterable<CorpusFile>): Generator<CorpusFile> {
  let pending: CorpusFile | undefined;
  for (const file of corpus) {
    if (file.path.endsWith('.json')) {
      if (pending !== undefined)
        yield hugoArticle(pending, JSON.parse(file.text) as CommentSnapshot);
      pending = undefined;
      continue;
    }
    if (pending !== undefined) yield hugoArticle(pending, undefined);
    pending = file;
  }
  if (pending !== undefined) yield hugoArticle(pending, undefined);
}

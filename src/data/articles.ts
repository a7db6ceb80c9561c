/**
 * The site's view of its content: published articles with everything listings need, computed once
 * per build. This is the only module that reads the `articles` and `comments` collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE } from '../site.config';
import { slugify } from '../lib/articles/slug';
import { byNewest } from '../lib/articles/sort';
import { cardSummary } from '../lib/articles/card-summary';
import { italianTypography } from '../lib/text/italian-typography';
import { groupByTerm, taxonomyKinds, type TaxonomyKind, type Term } from '../lib/articles/taxonomy';
import { zonedParts } from '../lib/dates/rome-time';
import { pageCacheKey } from '../lib/articles/page-cache-key';
import { isPublished, publicationTime } from '../lib/articles/published';

/** A named link target: category, tag or author. */
export interface TermRef {
  name: string;
  slug: string;
}

/** An article as pages see it. */
export interface Article {
  id: string;
  entry: CollectionEntry<'articles'>;
  title: string;
  date: Date;
  updated: Date | undefined;
  description: string;
  /** The author's own summary, shown under the title; absent when the description is an excerpt. */
  lead: string | undefined;
  /** What its cards show under the headline: the description, unless it only repeats the title. */
  cardSummary: string | undefined;
  author: TermRef;
  category: TermRef | undefined;
  tags: TermRef[];
  cover: CollectionEntry<'articles'>['data']['cover'];
  commentCount: number;
  /**
   * Changes whenever anything the article's page or card shows from the content changes: its
   * file or its comment snapshot. Part of the pages' incremental-build `cacheKey`.
   */
  digest: string;
  /** Only ever true under `astro dev`, where drafts are previewed. */
  draft: boolean;
  /** Calendar year and month in the newsroom's time zone, for the archive. */
  year: number;
  month: number;
  /** Its body's length, which places it in the search index's shards. */
  bodyLength: CollectionEntry<'articles'>['data']['bodyLength'];
}

const ref = (name: string): TermRef => ({ name, slug: slugify(name) });

/**
 * Runs `load` once per build; under `astro dev` on every call, so content edits show on reload.
 */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (value ??= load()));
}

/** The comment entry of every article that has comments, by article slug. */
export const getCommentEntries = oncePerBuild(
  async () =>
    new Map((await getCollection('comments')).map((entry) => [entry.data.article, entry])),
);

async function loadArticles(): Promise<Article[]> {
  // Drafts and scheduled articles are previewed in `astro dev`; a build leaves them out.
  const now = publicationTime(process.env);
  const entries = await getCollection(
    'articles',
    ({ data }) => import.meta.env.DEV || isPublished(data, now),
  );
  const comments = await getCommentEntries();
  return entries
    .map((entry): Article => {
      const { data } = entry;
      const { year, month } = zonedParts(data.date, SITE.timeZone);
      const lead = data.description === undefined ? undefined : italianTypography(data.description);
      const title = italianTypography(data.title);
      const description = lead ?? data.excerpt ?? '';
      return {
        id: entry.id,
        entry,
        title,
        date: data.date,
        updated: data.updated,
        description,
        lead,
        // Once per article: its cards are drawn on every listing it belongs to.
        cardSummary: cardSummary(title, description),
        author: ref(data.author),
        category: data.category === undefined ? undefined : ref(data.category),
        tags: data.tags.map(ref),
        cover: data.cover,
        commentCount: comments.get(entry.id)?.data.count ?? 0,
        digest: pageCacheKey([entry.digest, comments.get(entry.id)?.digest]),
        draft: data.draft,
        year,
        month,
        bodyLength: data.bodyLength,
      };
    })
    .sort(byNewest);
}

/** Published articles, newest first (drafts and scheduled ones too under `astro dev`). */
export const getArticles = oncePerBuild(loadArticles);

const namesOf: Record<TaxonomyKind, (article: Article) => string[]> = {
  category: (a) => (a.category ? [a.category.name] : []),
  tag: (a) => a.tags.map((t) => t.name),
  author: (a) => [a.author.name],
};

// The header lists the categories on every page: grouping the archive once per page instead of
// once per build made the build quadratic in the number of articles.
const termsByKind = Object.fromEntries(
  taxonomyKinds.map((kind) => [
    kind,
    oncePerBuild(async () => groupByTerm(await getArticles(), namesOf[kind])),
  ]),
) as Record<TaxonomyKind, () => Promise<Term<Article>[]>>;

/** Categories, tags or authors with their articles (newest first), sorted by name. */
export function getTerms(kind: TaxonomyKind): Promise<Term<Article>[]> {
  return termsByKind[kind]();
}

/**
 * What every page's layout shows from the content (the header's categories), as a key: pages
 * put it in their incremental-build `cacheKey`, so a new category re-renders them all.
 */
export const getLayoutKey = oncePerBuild(async () =>
  pageCacheKey((await getTerms('category')).flatMap(({ name, slug }) => [name, slug])),
);

/**
 * The benchmark's synthetic archive: a deterministic stream of article files and comment
 * snapshots, written by `npm run bench` into a temporary content folder. Article `i` depends only
 * on the seed, the shape and `i`, so a smaller corpus is the start of a larger one.
 */
import { benchArticle } from './bench-article';
import { benchComments } from './bench-comments';
import { CORPUS_SHAPES, type CorpusShape } from './shapes';

/** A file of the content folder. */
export interface CorpusFile {
  /** Relative to the content folder: `articles/2018/x.md` (or `articles/x.md`), `comments/x.json`. */
  path: string;
  text: string;
  /** An article's publication instant; `undefined` for a comment snapshot. */
  published?: Date;
}

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  articles: number;
  seed: number;
  /** The newsroom's zone, for dates written as wall time. */
  timeZone: string;
  /** What kind of archive to write; the original corpus when left out. */
  shape?: CorpusShape;
}

/** Yields every article file, each followed by its comment snapshot when it has comments. */
export function* generateCorpus({
  articles,
  seed,
  timeZone,
  shape = CORPUS_SHAPES.archive,
}: CorpusOptions): Generator<CorpusFile> {
  const slugs: string[] = [];
  for (let index = 0; index < articles; index++) {
    const article = benchArticle({ seed, index, linkTargets: slugs, timeZone, shape });
    slugs.push(article.slug);
    yield { path: article.path, text: article.source, published: article.date };
    const snapshot = benchComments({
      seed,
      index,
      slug: article.slug,
      published: article.date,
      timeZone,
      shape,
    });
    if (snapshot !== undefined) {
      yield {
        path: `comments/${article.slug}.json`,
        text: `${JSON.stringify(snapshot, null, 2)}\n`,
      };
    }
  }
}

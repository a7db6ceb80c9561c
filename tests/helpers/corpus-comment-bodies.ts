/**
 * The comment bodies of the bench's synthetic corpus, for tests that compare the comment
 * renderer's paths on what a generated archive holds.
 */
import { benchComments } from '../../bench/corpus/bench-comments';
import { CORPUS_SHAPES, type CorpusShapeName } from '../../bench/corpus/shapes';

/** The bodies of every comment of the corpus's first `articles` articles. */
export const corpusCommentBodies = (
  articles: number,
  shape: CorpusShapeName = 'archive',
): string[] =>
  Array.from({ length: articles }, (_, index) =>
    benchComments({
      seed: 42,
      index,
      slug: `a${index}`,
      published: new Date(Date.UTC(2018, 0, 1 + index)),
      timeZone: 'Europe/Rome',
      shape: CORPUS_SHAPES[shape],
    }),
  )
    .flatMap((snapshot) => snapshot?.comments ?? [])
    .map((comment) => comment.body);

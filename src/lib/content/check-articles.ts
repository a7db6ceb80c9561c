import type { ContentProblem } from '../errors';
import type { SourceFile } from './source-file';
import { duplicateSlugProblems, validateArticle, type ValidatedArticle } from './validate-article';

/** Validated articles and every problem found across them. */
export interface ArticlesCheck {
  articles: ValidatedArticle[];
  problems: ContentProblem[];
}

/** Validates every article and the uniqueness of their slugs (pure). */
export function checkArticles(sources: readonly SourceFile[]): ArticlesCheck {
  const articles = sources.map(validateArticle);
  return {
    articles,
    problems: [...articles.flatMap((a) => a.problems), ...duplicateSlugProblems(articles)],
  };
}

import type { ContentProblem } from '../errors';
import { duplicateSlugProblems, validateArticle, type ArticleSource, type ValidatedArticle } from './validate-article';

/** Validated articles and every problem found across them. */
export interface ArticlesCheck {
  articles: ValidatedArticle[];
  problems: ContentProblem[];
}

/** Validates every article and the uniqueness of their slugs (pure). */
export function checkArticles(sources: readonly ArticleSource[]): ArticlesCheck {
  const articles = sources.map(validateArticle);
  return {
    articles,
    problems: [...articles.flatMap((a) => a.problems), ...duplicateSlugProblems(articles)],
  };
}

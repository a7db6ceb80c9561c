import type { ContentProblem } from '../errors';
import { articleFacts, type ArticleFacts, type ArticleMemo } from './article-facts';
import type { SourceFile } from './source-file';
import { duplicateSlugProblems, type ValidatedArticle } from './validate-article';

/** Validated articles, what each file says on its own, and every problem found across them. */
export interface ArticlesCheck {
  articles: ValidatedArticle[];
  /** In the order of `articles`. */
  facts: ArticleFacts[];
  problems: ContentProblem[];
}

/** Where links count as internal, and the facts kept from an earlier run. */
export interface ArticlesCheckOptions {
  siteHost?: string;
  memo?: ArticleMemo | undefined;
  /** The facts of `sources`, in their order, when the caller already has them. */
  facts?: readonly ArticleFacts[] | undefined;
}

/** Validates every article and the uniqueness of their slugs (pure). */
export function checkArticles(
  sources: readonly SourceFile[],
  { siteHost = '', memo, facts: known }: ArticlesCheckOptions = {},
): ArticlesCheck {
  const facts = known ? [...known] : sources.map((source) => articleFacts(source, siteHost, memo));
  const articles = facts.map(({ validated }) => validated);
  return {
    articles,
    facts,
    problems: [...articles.flatMap((a) => a.problems), ...duplicateSlugProblems(articles)],
  };
}

/**
 * What the check learns from one article file alone (pure): its validated front-matter, the
 * links and images of its body, and what the news policy would remove. These depend only on the
 * file and the site's host, so a build can keep them by digest and skip the parsing for every
 * file that did not change ({@link ArticleMemo}); what depends on the other files (links to
 * them, duplicate slugs and aliases) is checked afresh on every run.
 */
import { createHash } from 'node:crypto';
import type { ContentProblem } from '../errors';
import { findBodyReferences, type BodyReference } from './body-references';
import { bodyPolicyWarnings } from './body-policy-warnings';
import type { SourceFile } from './source-file';
import { validateArticle, type ValidatedArticle } from './validate-article';

/** See the module comment. */
export interface ArticleFacts {
  validated: ValidatedArticle;
  references: BodyReference[];
  policyWarnings: ContentProblem[];
}

/** Facts by {@link factsKey}, kept between runs by the caller. */
export type ArticleMemo = Map<string, ArticleFacts>;

/** Lines of the file before the body, so body positions become file lines. */
export function linesBeforeBody(source: string, body: string): number {
  if (!source.endsWith(body)) return 0;
  const head = source.slice(0, source.length - body.length);
  return head.split('\n').length - 1;
}

/** The key of a file's facts: everything they are computed from. */
export const factsKey = ({ file, entry, source }: SourceFile, siteHost: string): string =>
  createHash('sha256').update(`${file}\0${entry}\0${siteHost}\0${source}`).digest('hex');

/** The facts of `file`, from `memo` when it holds them (and put there when it does not). */
export function articleFacts(file: SourceFile, siteHost: string, memo?: ArticleMemo): ArticleFacts {
  const key = memo && factsKey(file, siteHost);
  const known = key === undefined ? undefined : memo?.get(key);
  if (known) return known;
  const validated = validateArticle(file);
  const lineOffset = linesBeforeBody(file.source, validated.body);
  const facts: ArticleFacts = {
    validated,
    references: findBodyReferences(validated.body, { lineOffset, siteHost }),
    policyWarnings: bodyPolicyWarnings(validated.file, validated.body, lineOffset),
  };
  if (key !== undefined) memo?.set(key, facts);
  return facts;
}

/** Files checked between two turns of the event loop in {@link articleFactsInTurn}. */
const FILES_PER_TURN = 25;

/**
 * The facts of every file, as {@link articleFacts}, handing each to `onFacts` as soon as it is
 * known and letting the event loop turn every few files: work started from one file's facts
 * (rendering its body on another thread) runs while the rest are checked.
 */
export async function articleFactsInTurn(
  files: readonly SourceFile[],
  siteHost: string,
  memo: ArticleMemo | undefined,
  onFacts: (facts: ArticleFacts, file: SourceFile) => void,
): Promise<ArticleFacts[]> {
  const all: ArticleFacts[] = [];
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % FILES_PER_TURN === 0)
      await new Promise((turn) => setImmediate(turn));
    const facts = articleFacts(file, siteHost, memo);
    all.push(facts);
    onFacts(facts, file);
  }
  return all;
}

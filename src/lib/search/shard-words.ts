/**
 * What each shard of the index gives the others for the forms its records add (pure), so that a
 * shard's bytes depend on its own articles and on a short list from the archive, named in its
 * digest: a form is kept when the archive writes it, in any shard (`italian-forms.ts`). Each
 * shard's word list is cached beside its index and read back on every build, so a publication
 * reads a few word lists instead of every article.
 */
import { createHash } from 'node:crypto';
import { indexedWords, lowerCaseWords, type Stemming } from './italian-forms';

/** A shard's part in the archive's forms, computed from its records' texts alone. */
export interface ShardWords {
  /** The words its records write in lower case, sorted. */
  words: string[];
  /**
   * The forms of its words that their stems do not reach (`Stemming.apart`), sorted: every form
   * its records could add if the archive wrote it, and a few more (a form a record's other words
   * reach), which only cost a rewrite of the shard when the archive starts writing them.
   */
  candidates: string[];
}

/** The {@link ShardWords} of a shard whose records' texts are `texts`. */
export function shardWords(texts: Iterable<string>, { apart }: Stemming): ShardWords {
  const words = new Set<string>();
  const indexed = new Set<string>();
  for (const text of texts) {
    for (const word of lowerCaseWords(text)) words.add(word);
    for (const word of indexedWords(text)) indexed.add(word);
  }
  const candidates = new Set<string>();
  for (const word of indexed) for (const [form] of apart(word)) candidates.add(form);
  return { words: [...words].sort(), candidates: [...candidates].sort() };
}

/** A shard's index as the archive's forms decide it. */
export interface IndexedForms {
  /** The candidates of the shard that the archive writes: all its records may add. */
  forms: string[];
  /** Names the shard's index: its plan's digest and {@link IndexedForms.forms}. */
  digest: string;
}

/**
 * For each shard, planned with digest `digests[i]` and word list `lists[i]`, the forms its
 * records may add and the digest of its index: an edit that makes the archive write a form (or
 * stop writing it) changes the digest of exactly the shards whose records would add it.
 */
export function indexedForms(
  digests: readonly string[],
  lists: readonly ShardWords[],
): IndexedForms[] {
  const vocabulary = new Set(lists.flatMap(({ words }) => words));
  return lists.map(({ candidates }, i) => {
    const forms = candidates.filter((form) => vocabulary.has(form));
    const digest = createHash('sha256')
      .update(digests[i] ?? '')
      .update('\0')
      .update(forms.join(' '))
      .digest('hex')
      .slice(0, 24);
    return { forms, digest };
  });
}

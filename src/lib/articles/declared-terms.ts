/**
 * Names an article gives (`category`, `author`) against the ones the newsroom declared: the
 * same name (by slug, so `smartphone` is `Smartphone`), a near miss that is surely a typo, or a
 * new name (a new desk, a guest writer).
 */
import { slugify } from './slug';

/** How a written name relates to the declared ones. */
export type DeclaredMatch =
  { kind: 'declared'; name: string } | { kind: 'typo'; suggestion: string } | { kind: 'new' };

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  return at(a.length, b.length);
}

/**
 * Edits that still make a typo: two for long names, one for short ones, none for names of three
 * letters or fewer, where one letter makes another word (`VR`, `AR`).
 */
const tolerance = (slug: string): number => Math.min(2, Math.floor(slug.length / 4));

/** Matches already made against each list of declared names: an archive repeats its names. */
const matched = new WeakMap<readonly string[], Map<string, DeclaredMatch>>();

/** Matches `name` against `declared` names (pure; the list must not change once matched against). */
export function matchDeclared(name: string, declared: readonly string[]): DeclaredMatch {
  let known = matched.get(declared);
  if (!known) matched.set(declared, (known = new Map<string, DeclaredMatch>()));
  let match = known.get(name);
  if (!match) known.set(name, (match = matchUncached(name, declared)));
  return match;
}

function matchUncached(name: string, declared: readonly string[]): DeclaredMatch {
  const slug = slugify(name);
  const same = declared.find((candidate) => slugify(candidate) === slug);
  if (same !== undefined) return { kind: 'declared', name: same };
  let nearest: { name: string; distance: number } | undefined;
  for (const candidate of declared) {
    const distance = editDistance(slug, slugify(candidate));
    if (distance <= tolerance(slugify(candidate)) && distance < (nearest?.distance ?? Infinity))
      nearest = { name: candidate, distance };
  }
  return nearest ? { kind: 'typo', suggestion: nearest.name } : { kind: 'new' };
}

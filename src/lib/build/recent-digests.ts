/**
 * A digest function that remembers its last results by input: the same stylesheet is inlined in
 * thousands of pages, and each page's Content-Security-Policy asks for its digest again.
 */

/** Distinct inputs remembered: a site inlines a handful of different stylesheets and scripts. */
const REMEMBERED = 64;

/**
 * `compute`, answering an input seen among the last {@link REMEMBERED} distinct ones with the
 * same promise instead of computing it again. A failed digest is forgotten, so it is retried.
 */
export function rememberRecentDigests(
  compute: (data: string, algorithm: string) => Promise<string>,
): (data: string, algorithm: string) => Promise<string> {
  const recent = new Map<string, Promise<string>>();
  return (data, algorithm) => {
    const key = `${algorithm}\0${data}`;
    const known = recent.get(key);
    if (known) return known;
    const digest = compute(data, algorithm);
    digest.catch(() => recent.delete(key));
    recent.set(key, digest);
    // Maps keep insertion order: the first key is the oldest.
    if (recent.size > REMEMBERED) recent.delete(recent.keys().next().value as string);
    return digest;
  };
}

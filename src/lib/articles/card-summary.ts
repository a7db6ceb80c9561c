/** Letters and digits only, lower-cased: how a reader compares two texts at a glance. */
function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The summary a card shows under its headline, or `undefined` when the summary would only repeat
 * it: articles whose first paragraph opens with the headline (common in imported archives) get
 * an excerpt that starts with the same words.
 */
export function cardSummary(title: string, description: string): string | undefined {
  const summary = comparable(description);
  if (summary === '') return undefined;
  return summary.startsWith(comparable(title)) ? undefined : description;
}

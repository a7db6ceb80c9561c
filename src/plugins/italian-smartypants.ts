import type { Smartypants } from '@astrojs/markdown-remark';

/**
 * SmartyPants settings for Italian newsroom typography, passed to `unified({ smartypants })`:
 * `"ciao"` → `«ciao»` (caporali for double quotes), `'ciao'` → `‘ciao’`, `l'IA` → `l’IA`;
 * `--` → en dash (the spaced Italian inciso, and ranges), `---` → em dash; `...` → `…`.
 * Apostrophes before a two-digit year (`'90`) need {@link remarkElidedYears} on top.
 */
export const italianSmartypants = {
  quotes: true,
  openingQuotes: { double: '«', single: '‘' },
  closingQuotes: { double: '»', single: '’' },
  dashes: 'oldschool',
  ellipses: true,
} as const satisfies Smartypants;

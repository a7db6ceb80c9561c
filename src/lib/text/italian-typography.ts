import { italianPunctuation } from './italian-punctuation';

/**
 * Plain text with the same Italian typography the article pipeline gives bodies (`"ciao"` →
 * `«ciao»`, `l'IA` → `l’IA`, `...` → `…`), for front-matter text such as titles and descriptions
 * that never passes through Markdown.
 */
export function italianTypography(text: string): string {
  if (!/["'.-]/.test(text)) return text;
  return italianPunctuation([{ kind: 'text', value: text }])[0] ?? text;
}

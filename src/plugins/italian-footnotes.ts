import type { Options } from 'remark-rehype';

/**
 * remark-rehype settings for GFM footnotes in Italian. The section gets a visible `Note`
 * heading (the default hides an English `Footnotes` behind an `sr-only` class the site does not
 * define), and each `↩` back link is announced as "Torna al riferimento N".
 */
export const italianFootnotes = {
  footnoteLabel: 'Note',
  footnoteLabelProperties: {},
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
    `Torna al riferimento ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
} satisfies Options;

import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bindUnits, rehypeResponsiveTables } from '@/plugins/rehype-responsive-tables';

const transform = (html: string) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeResponsiveTables)
      .use(rehypeStringify)
      .processSync(html),
  );

describe('bindUnits', () => {
  it.each([
    ['24 °C', '24\u00a0°C'],
    ['5000 mAh e 50 W', '5000\u00a0mAh e 50\u00a0W'],
    ['10 %', '10\u00a0%'],
    ['3 GB', '3\u00a0GB'],
  ])('binds %j', (input, output) => {
    expect(bindUnits(input)).toBe(output);
  });

  it('leaves a number before a long word alone', () => {
    expect(bindUnits('in 3 settimane')).toBe('in 3 settimane');
  });
});

describe('rehypeResponsiveTables', () => {
  it('wraps a table in a labelled, focusable scroll box and binds units in its cells', () => {
    expect(transform('<table><tr><td>24 °C</td></tr></table><p>24 °C</p>')).toBe(
      '<div class="table-scroll" role="region" aria-label="Tabella, scorrevole in orizzontale" tabindex="0"><table><tbody><tr><td>24\u00a0°C</td></tr></tbody></table></div><p>24 °C</p>',
    );
  });
});

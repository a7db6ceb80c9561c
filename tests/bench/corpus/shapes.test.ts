import { describe, expect, it } from 'vitest';
import { CORPUS_SHAPES, resolveShape } from '../../../bench/corpus/shapes';

describe('resolveShape', () => {
  it('returns a named shape as it is', () => {
    expect(resolveShape({ name: 'flat-heavy' })).toEqual({
      ...CORPUS_SHAPES['flat-heavy'],
      name: 'flat-heavy',
    });
  });

  it('overrides single axes and names them', () => {
    expect(resolveShape({ name: 'archive', layout: 'flat', comments: 'heavy' })).toEqual({
      layout: 'flat',
      comments: 'heavy',
      prose: 'plain',
      length: 'standard',
      name: 'archive+layout=flat+comments=heavy',
    });
  });

  it('says which shapes exist when the name is unknown', () => {
    expect(resolveShape({ name: 'huge' })).toBe(
      'forma "huge" sconosciuta: archive, flat-newsroom, flat-heavy, years-prose',
    );
  });

  it('says which values an axis takes', () => {
    expect(resolveShape({ name: 'archive', layout: 'months' })).toBe(
      '--layout vuole flat|years, non "months"',
    );
  });
});

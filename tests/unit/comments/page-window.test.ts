import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../../src/lib/comments/page-window';

describe('pageWindow', () => {
  it('lists every page of a short discussion', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the ends and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(30, 67)).toEqual([1, undefined, 28, 29, 30, 31, 32, undefined, 67]);
    expect(pageWindow(1, 67)).toEqual([1, 2, 3, undefined, 67]);
    expect(pageWindow(67, 67)).toEqual([1, undefined, 65, 66, 67]);
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

import fc from 'fast-check';
import type { Element, ElementContent, Parents, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { walkTree } from '@/lib/trees/walk-tree';

const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);

const element = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Random hast trees a few levels deep, of the tags the plugins look for. */
const { node: nodes } = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', 'ciao').map(text),
    fc
      .tuple(
        fc.constantFrom('p', 'h2', 'img', 'table', 'ul', 'li', 'em'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => element(tag, children)),
  ),
}));
const trees: fc.Arbitrary<Root> = fc
  .array(nodes, { minLength: 1, maxLength: 4 })
  .map((children) => ({ type: 'root', children }));

/** The (tag or text, index, parent tag) sequence a walk reports. */
type Step = [string, number, string];
const label = (node: RootContent | Parents): string =>
  node.type === 'element' ? node.tagName : node.type === 'text' ? node.value : node.type;

describe('walkTree', () => {
  it('visits every node in document order, with its index and parent', () => {
    const tree: Root = {
      type: 'root',
      children: [element('p', [text('a'), element('em', [text('b')])]), element('h2')],
    };
    const steps: Step[] = [];
    walkTree<RootContent, Parents>(tree, (node, index, parent) => {
      steps.push([label(node), index, label(parent)]);
    });
    expect(steps).toEqual([
      ['p', 0, 'root'],
      ['a', 0, 'p'],
      ['em', 1, 'p'],
      ['b', 0, 'em'],
      ['h2', 1, 'root'],
    ]);
  });

  it('reports what unist-util-visit reports, with and without skipped subtrees', () => {
    fc.assert(
      fc.property(trees, fc.constantFrom('p', 'em', 'ul', 'none'), (tree, skipped) => {
        const ours: Step[] = [];
        walkTree<RootContent, Parents>(tree, (node, index, parent) => {
          ours.push([label(node), index, label(parent)]);
          return label(node) !== skipped;
        });
        const theirs: Step[] = [];
        visit(tree, (node, index, parent) => {
          if (node.type === 'root' || parent === undefined || index === undefined) return;
          theirs.push([label(node), index, label(parent)]);
          return label(node) === skipped ? SKIP : undefined;
        });
        expect(ours).toEqual(theirs);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('goes on after a node replaced in place, without entering the new node', () => {
    const tree: Root = { type: 'root', children: [element('table', [text('x')]), element('p')] };
    const seen: string[] = [];
    walkTree<RootContent, Parents>(tree, (node, index, parent) => {
      seen.push(label(node));
      if (node.type !== 'element' || node.tagName !== 'table') return;
      parent.children[index] = element('div', [node]);
      return false;
    });
    expect(seen).toEqual(['table', 'p']);
    expect(tree.children.map(label)).toEqual(['div', 'p']);
  });

  it('reads the children as they are when it reaches them', () => {
    const tree: Root = {
      type: 'root',
      children: [element('p'), element('p'), element('h2')],
    };
    const seen: string[] = [];
    walkTree<RootContent, Parents>(tree, (node, index, parent) => {
      seen.push(label(node));
      if (index === 0) parent.children.splice(1, 1);
    });
    expect(seen).toEqual(['p', 'h2']);
  });
});

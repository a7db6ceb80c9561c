/**
 * What the newsroom policy takes out of a body, said so that `npm run check` can name it: each
 * element the schema does not allow and each attribute it drops, with the line it was written
 * on. The sanitizer itself decides; this asks it about one element at a time and compares.
 */
import type { Element, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

/** One removal: `rimosso <script>`, `rimosso l’attributo onclick da <img>`. */
export interface Removal {
  /** Line in the body, when the parser knows it. */
  line: number | undefined;
  message: string;
}

/** `onClick` → `onclick`, `dataFoo` → `data-foo`, `className` → `class`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^data[A-Z]/.test(property))
    return `data${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return property.toLowerCase();
}

const shown = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Attributes of `element` that the schema drops or changes. */
function droppedAttributes(element: Element, schema: Schema): string[] {
  const alone: Element = { ...element, children: [] };
  const kept = sanitize({ type: 'root', children: [alone] }, schema) as Root;
  const after: Properties = kept.children[0]?.type === 'element' ? kept.children[0].properties : {};
  return Object.entries(element.properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .filter(([key, value]) => JSON.stringify(after[key]) !== JSON.stringify(value))
    .map(([key, value]) =>
      ['href', 'src', 'style', 'className'].includes(key)
        ? `${attributeName(key)}="${shown(value)}"`
        : attributeName(key),
    );
}

/**
 * Every removal the schema makes in `tree` (parsed HTML, embeds already replaced), in document
 * order. An element removed with its content is reported once, not its descendants.
 */
export function auditRemovals(tree: Root, schema: Schema): Removal[] {
  const allowed = new Set(schema.tagNames ?? []);
  const stripped = new Set(schema.strip ?? []);
  const removals: Removal[] = [];
  // Iterative, in document order: children pushed last-first.
  const stack: (Root | RootContent)[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    // Nodes made by plugins (a footnote's back-reference) may carry a position without a start.
    const start = node.position?.start;
    const line = start?.line;
    if (node.type === 'comment' && schema.allowComments !== true)
      removals.push({ line, message: 'rimosso un commento HTML' });
    if (node.type === 'raw') removals.push({ line, message: 'rimosso HTML non interpretabile' });
    if (node.type === 'element') {
      const tag = `<${node.tagName}>`;
      if (!allowed.has(node.tagName)) {
        const src = node.properties['src'];
        const from =
          node.tagName === 'iframe' && typeof src === 'string'
            ? ` (${shown(src)}): incorpora solo video di YouTube, Vimeo o Dailymotion`
            : '';
        removals.push({ line, message: `rimosso ${tag}${from}` });
        if (stripped.has(node.tagName)) continue;
      } else {
        for (const attribute of droppedAttributes(node, schema))
          removals.push({ line, message: `rimosso l’attributo ${attribute} da ${tag}` });
      }
    }
    if (node.type === 'element' || node.type === 'root')
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child !== undefined) stack.push(child);
      }
  }
  return removals;
}

/**
 * YAML anchors and aliases (`&a`, `*a`) let a few lines of front-matter stand for a structure
 * that refers to itself or grows exponentially when walked (the "billion laughs"). A newsroom's
 * front-matter never needs them, so any shared node is refused before anything walks the data.
 */

/**
 * Whether the parsed `data` holds one object or list in two places (or inside itself), which
 * only an alias can make. Iterative, and visits each distinct node once.
 */
export function hasSharedNodes(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  for (let value = stack.pop(); value !== undefined || stack.length > 0; value = stack.pop()) {
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    if (seen.has(value)) return true;
    seen.add(value);
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push(child);
  }
  return false;
}

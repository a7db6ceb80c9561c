/**
 * Line numbers inside a snapshot file, so a problem points at the line to edit:
 * `content/comments/x.json:42: comments[3] (id "x").date: …`. `JSON.parse` keeps no positions,
 * so the text is scanned once for the elements of the top-level `comments` array and their keys.
 */
import type { LineOf } from '../content/zod-problems';

/** Where a comment sits in the file: the line it starts on and the line of each of its keys. */
interface CommentPosition {
  start: number;
  keys: Map<string, number>;
}

/** Positions of the elements of the top-level `comments` array, by index (strings skipped, depth tracked). */
function commentPositions(text: string): CommentPosition[] {
  const positions: CommentPosition[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let stringLine = 1;
  let stringIsKey = false;
  let expectKey = false;
  let lastRootKey = '';
  let inComments = false;
  let awaitingElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') {
        inString = false;
        const value = text.slice(stringStart, i);
        if (depth === 1) lastRootKey = value;
        if (stringIsKey) positions.at(-1)?.keys.set(value, stringLine);
      }
      continue;
    }
    if (awaitingElement && !/\s/.test(char) && char !== ']') {
      positions.push({ start: line, keys: new Map() });
      awaitingElement = false;
    }
    if (char === '"') {
      inString = true;
      stringStart = i + 1;
      stringLine = line;
      stringIsKey = inComments && depth === 3 && expectKey;
      expectKey = false;
    } else if (char === '{' || char === '[') {
      depth += 1;
      expectKey = char === '{';
      if (char === '[' && depth === 2 && lastRootKey === 'comments') {
        inComments = true;
        awaitingElement = true;
      }
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth < 2) inComments = false;
    } else if (char === ',') {
      expectKey = depth === 3;
      if (depth === 2 && inComments) awaitingElement = true;
    }
  }
  return positions;
}

/**
 * Line finder for problems inside `comments[i]` of a snapshot: the line of the key at fault,
 * else the line the comment starts on; undefined without the text or outside `comments`. The
 * text is scanned once, on the first call.
 */
export function snapshotLineFinder(text: string | undefined): LineOf {
  let positions: CommentPosition[] | undefined;
  return ([root, index, key]) => {
    if (text === undefined || root !== 'comments' || typeof index !== 'number') return undefined;
    positions ??= commentPositions(text);
    const position = positions[index];
    return (typeof key === 'string' ? position?.keys.get(key) : undefined) ?? position?.start;
  };
}

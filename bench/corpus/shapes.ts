/**
 * The shapes of archive the benchmark can generate. A build tuned on one corpus can be fast on
 * that corpus only: each shape varies what real archives vary (folder layout, comment load,
 * prose that needs escaping, article length), so every target is held on more than one.
 */

/** How many reader comments an article draws. */
export type CommentLoad =
  /** 0-40, uniformly: the project's original corpus (about 20 on average). */
  | 'archive'
  /** 0-40, most articles few (about 15 on average): a new newsroom's. */
  | 'newsroom'
  /** 0-200, most articles few, some very many (about 50 on average): a popular site's. */
  | 'heavy';

/** What an archive looks like, as far as the build's cost can tell. */
export interface CorpusShape {
  /** `years`: `articles/2018/<slug>.md`; `flat`: every article in `articles/`. */
  layout: 'flat' | 'years';
  comments: CommentLoad;
  /** `heavy`: quotes, elided articles, accents and characters HTML must escape, everywhere. */
  prose: 'plain' | 'heavy';
  /** `mixed`: short news items and long features beside the 500-900 word articles. */
  length: 'standard' | 'mixed';
}

/** The named shapes of `npm run bench -- --shape <name>`. */
export const CORPUS_SHAPES = {
  /** The corpus every earlier measurement used: it generates the same bytes as before. */
  archive: { layout: 'years', comments: 'archive', prose: 'plain', length: 'standard' },
  /** A new newsroom's archive: one flat folder, few comments. */
  'flat-newsroom': { layout: 'flat', comments: 'newsroom', prose: 'plain', length: 'standard' },
  /** One flat folder of articles with everything heavy: comments, escaping, lengths. */
  'flat-heavy': { layout: 'flat', comments: 'heavy', prose: 'heavy', length: 'mixed' },
  /** Year folders, prose full of escaping and lengths mixed, comments as in `newsroom`. */
  'years-prose': { layout: 'years', comments: 'newsroom', prose: 'heavy', length: 'mixed' },
} as const satisfies Record<string, CorpusShape>;

/** A name of {@link CORPUS_SHAPES}. */
export type CorpusShapeName = keyof typeof CORPUS_SHAPES;

export const DEFAULT_SHAPE: CorpusShapeName = 'archive';

/** The values each axis of a shape takes. */
const AXES = {
  layout: ['flat', 'years'],
  comments: ['archive', 'newsroom', 'heavy'],
  prose: ['plain', 'heavy'],
  length: ['standard', 'mixed'],
} as const satisfies { [Axis in keyof CorpusShape]: readonly CorpusShape[Axis][] };

/** A named shape with some axes overridden, as the command line asks for it. */
export interface ShapeRequest extends Partial<Record<keyof CorpusShape, string>> {
  name: string;
}

/** A shape and the name it is reported under. */
export interface NamedShape extends CorpusShape {
  /** The shape's name, followed by its overridden axes: `flat-heavy+layout=years`. */
  name: string;
}

/** The shape a request names, or the Italian message of what is wrong with it. */
export function resolveShape(request: ShapeRequest): NamedShape | string {
  if (!Object.hasOwn(CORPUS_SHAPES, request.name)) {
    return `forma "${request.name}" sconosciuta: ${Object.keys(CORPUS_SHAPES).join(', ')}`;
  }
  const shape: CorpusShape = { ...CORPUS_SHAPES[request.name as CorpusShapeName] };
  const overrides: string[] = [];
  for (const axis of Object.keys(AXES) as (keyof CorpusShape)[]) {
    const value = request[axis];
    if (value === undefined) continue;
    const allowed: readonly string[] = AXES[axis];
    if (!allowed.includes(value)) return `--${axis} vuole ${allowed.join('|')}, non "${value}"`;
    Object.assign(shape, { [axis]: value });
    overrides.push(`${axis}=${value}`);
  }
  return { ...shape, name: [request.name, ...overrides].join('+') };
}

/**
 * The weight of search, sorted into what a reader can tell apart: the page itself, its script,
 * Pagefind's runtime (JS, worker, WebAssembly), and the parts of the index a query fetches. Used
 * by `bench/measure-search.ts` both for the index on disk and for the bytes of a first query.
 */
import { PAGEFIND_BUNDLE } from '../src/lib/search/pagefind-bundle';

/** What a file or a download is for. */
export type SearchPart =
  | 'pagina'
  | 'script della pagina'
  | 'runtime Pagefind'
  | 'indice delle parole'
  | 'filtri'
  | 'frammenti'
  | 'metadati'
  | 'elenco parti vecchie'
  | 'immagini'
  | 'UI Pagefind non usate'
  | 'altro';

/** Display order of the parts, runtime before index, unused bundles last. */
export const SEARCH_PARTS: readonly SearchPart[] = [
  'pagina',
  'script della pagina',
  'runtime Pagefind',
  'elenco parti vecchie',
  'metadati',
  'indice delle parole',
  'filtri',
  'frammenti',
  'immagini',
  'altro',
  'UI Pagefind non usate',
];

const BUNDLE = `/${PAGEFIND_BUNDLE.dir}/`;
const OLDER_SHARD = /^anni\/[^/]+\//;

/**
 * The part a site path belongs to (`/pagefind/index/it_1a2b.pf_index` → `indice delle parole`).
 * Pagefind's other UIs (default, modular, component) and the highlight script are written to the
 * bundle folder by every build but never loaded by Rotativa.
 */
export function classifySearchPath(path: string): SearchPart {
  if (path.startsWith(BUNDLE)) {
    if (path === `${BUNDLE}${PAGEFIND_BUNDLE.archiveList}`) return 'elenco parti vecchie';
    // An older shard's files (`/pagefind/anni/2019/...`) are sorted as the primary index's.
    const name = path.slice(BUNDLE.length).replace(OLDER_SHARD, '');
    if (name.startsWith('index/')) return 'indice delle parole';
    if (name.startsWith('filter/')) return 'filtri';
    if (name.startsWith('fragment/')) return 'frammenti';
    if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') return 'metadati';
    if (/^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/.test(name)) {
      return 'runtime Pagefind';
    }
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) {
      return 'UI Pagefind non usate';
    }
    return 'altro';
  }
  if (/\.(avif|webp|png|jpe?g|gif|svg)$/.test(path)) return 'immagini';
  if (path.endsWith('.js')) return 'script della pagina';
  if (path.endsWith('/') || /\.(html|css)$/.test(path)) return 'pagina';
  return 'altro';
}

/**
 * Whether a CDN would gzip the file: text yes; images and Pagefind's index files no, as Pagefind
 * already compresses those itself.
 */
export function isCompressible(path: string): boolean {
  return path.endsWith('/') || /\.(html|css|m?js|json|svg|xml|txt)$/.test(path);
}

/** One file or one download. */
export interface WeighedFile {
  path: string;
  /** Bytes as stored, or as received. */
  bytes: number;
  /** Bytes once gzip-compressed, as a CDN would send text files. */
  gzipBytes: number;
}

/** Totals of one part. */
export interface PartWeight {
  part: SearchPart;
  files: number;
  bytes: number;
  gzipBytes: number;
}

/** Per-part totals, in {@link SEARCH_PARTS} order, leaving out the empty parts. */
export function weighByPart(files: readonly WeighedFile[]): PartWeight[] {
  const totals = new Map<SearchPart, PartWeight>();
  for (const file of files) {
    const part = classifySearchPath(file.path);
    const total = totals.get(part) ?? { part, files: 0, bytes: 0, gzipBytes: 0 };
    total.files += 1;
    total.bytes += file.bytes;
    total.gzipBytes += file.gzipBytes;
    totals.set(part, total);
  }
  return SEARCH_PARTS.flatMap((part) => totals.get(part) ?? []);
}

const kilobytes = new Intl.NumberFormat('it-IT', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** `12,3 kB` (1 kB = 1000 bytes, as browsers' network panels count). */
export function formatKilobytes(bytes: number): string {
  return `${kilobytes.format(bytes / 1000)} kB`;
}

/** A plain-text table of part weights with a total line, for the terminal. */
export function formatPartWeights(
  rows: readonly PartWeight[],
  { skip = [] as readonly SearchPart[] } = {},
): string {
  const shown = rows.filter((row) => !skip.includes(row.part));
  const total = shown.reduce(
    (sum, row) => ({
      files: sum.files + row.files,
      bytes: sum.bytes + row.bytes,
      gzipBytes: sum.gzipBytes + row.gzipBytes,
    }),
    { files: 0, bytes: 0, gzipBytes: 0 },
  );
  const line = (label: string, files: number, bytes: number, gzipBytes: number) =>
    `  ${label.padEnd(24)} ${String(files).padStart(6)} file ${formatKilobytes(bytes).padStart(13)} ${formatKilobytes(gzipBytes).padStart(13)} gzip`;
  return [
    ...shown.map((row) => line(row.part, row.files, row.bytes, row.gzipBytes)),
    line('totale', total.files, total.bytes, total.gzipBytes),
  ].join('\n');
}

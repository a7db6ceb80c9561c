/**
 * Local images of an article, the cover and those in the body: the file must exist where the
 * build will look for it, and every image needs its alternative text.
 */
import { posix } from 'node:path';
import type { ContentProblem } from '../errors';
import type { BodyReference } from './body-references';

/** The article whose images are checked. */
export interface ImageOwner {
  /** Path of the Markdown file, as shown to the author; relative images resolve from its folder. */
  file: string;
  /** The cover's `src` as written, when the front-matter is valid and has one. */
  coverSrc?: string | undefined;
  /** Line of the cover's `src`. */
  coverLine?: number | undefined;
}

/** Where images are looked for. */
export interface ImageLocations {
  /** Folder served at the site root (`/logo.png` → `public/logo.png`), as paths are written. */
  publicDir: string;
  /** Whether a file exists at a path built from {@link ImageOwner.file} or `publicDir`. */
  fileExists: (path: string) => boolean;
}

/**
 * Image formats the build's image pipeline accepts.
 * @see https://docs.astro.build/en/guides/images/#images-in-content-collections
 */
const IMAGE_FORMATS = new Set(['jpeg', 'jpg', 'png', 'apng', 'tiff', 'webp', 'gif', 'svg', 'avif']);

/** `https:`, `data:`, `//cdn…`: images the build does not read from disk. */
const isRemote = (src: string): boolean => URL.canParse(src) || src.startsWith('//');

function decoded(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/**
 * The file an image path names: `/x.png` in `publicDir`, anything else relative to the Markdown
 * file's folder (as Astro resolves Markdown images and `image()` covers).
 */
export function resolveImagePath(src: string, markdownFile: string, publicDir: string): string {
  const path = decoded(src.trim());
  return path.startsWith('/')
    ? posix.join(publicDir, path)
    : posix.join(posix.dirname(markdownFile), path);
}

/** Problems with the cover file and the images among `references` (links are checked elsewhere). */
export function checkImages(
  owner: ImageOwner,
  references: readonly BodyReference[],
  locations: ImageLocations,
): ContentProblem[] {
  const missing = (src: string) =>
    !isRemote(src) && !locations.fileExists(resolveImagePath(src, owner.file, locations.publicDir));
  const problems: ContentProblem[] = [];
  if (owner.coverSrc !== undefined) {
    const where = {
      file: owner.file,
      line: owner.coverLine,
      field: 'cover.src',
      value: owner.coverSrc,
    };
    const extension = owner.coverSrc.split('.').at(-1)?.toLowerCase() ?? '';
    if (!isRemote(owner.coverSrc) && !IMAGE_FORMATS.has(extension))
      problems.push({
        ...where,
        message: `non è un formato di immagine ammesso (${[...IMAGE_FORMATS].join(', ')})`,
      });
    else if (missing(owner.coverSrc))
      problems.push({
        ...where,
        message: 'il file non esiste (il percorso parte dalla cartella del file .md)',
      });
  }
  for (const reference of references) {
    if (reference.kind !== 'image') continue;
    const where = {
      file: owner.file,
      line: reference.line,
      field: 'immagine',
      value: reference.url,
    };
    if (reference.url.trim() === '')
      problems.push({
        ...where,
        message: 'manca il percorso: scrivi ![descrizione](./images/nome.jpg)',
      });
    else if (missing(reference.url))
      problems.push({
        ...where,
        message: reference.url.startsWith('/')
          ? 'il file non esiste in public/'
          : 'il file non esiste (il percorso parte dalla cartella del file .md)',
      });
    if ((reference.alt ?? '').trim() === '')
      problems.push({
        ...where,
        message: 'manca il testo alternativo: descrivi l’immagine tra le quadre, ![descrizione](…)',
      });
  }
  return problems;
}

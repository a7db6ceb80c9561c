/**
 * Formats offered for covers and body images, best first: the browser takes the first it
 * supports. AVIF is about a third smaller than WebP at the same quality; the last format is the
 * `<img>` itself, for browsers without AVIF.
 */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

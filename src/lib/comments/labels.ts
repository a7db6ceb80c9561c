/** "1 commento", "12 commenti" (Italian plural), "Nessun commento" for zero. */
import { SITE } from '../../site.config';
export function commentCountLabel(count: number): string {
  if (count === 0) return 'Nessun commento';
  return `${count.toLocaleString(SITE.locale)} ${count === 1 ? 'commento' : 'commenti'}`;
}

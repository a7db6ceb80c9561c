/** "1 commento", "12 commenti" (Italian plural), "Nessun commento" for zero. */
export function commentCountLabel(count: number): string {
  if (count === 0) return 'Nessun commento';
  return `${count.toLocaleString('it-IT')} ${count === 1 ? 'commento' : 'commenti'}`;
}

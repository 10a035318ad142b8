/** A search word as typed, without accents, so "Zoe" finds "Zoë". */
export function word(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}

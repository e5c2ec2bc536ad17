/** Escapes LIKE/ILIKE wildcards so a search term matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

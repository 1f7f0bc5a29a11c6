// "1 document", "7,563 documents": counts in the CLI's summaries.
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

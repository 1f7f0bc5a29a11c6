// "1 plan", "7,563 plans": every count the site, its client code and the CLI put in words.
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

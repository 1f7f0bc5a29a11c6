// "1 plan", "7,563 plans": every count the site, its client code and the CLI put in words.

// One formatter made once: `toLocaleString` makes a new one on every call, which cost the map
// page 80 ms of a phone's main thread for its few hundred labels.
const english = new Intl.NumberFormat('en');

/** A count as every page writes it: "7,563". */
export function countText(n: number): string {
  return english.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${countText(n)} ${n === 1 ? one : many}`;
}

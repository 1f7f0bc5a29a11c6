// Finding the page's own elements: by id, and of the type the code expects, or nothing.

export function elementById<T extends HTMLElement>(id: string, type: new () => T): T | null {
  const node = document.getElementById(id);
  return node instanceof type ? node : null;
}

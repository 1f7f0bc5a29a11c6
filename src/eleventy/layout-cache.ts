// Eleventy keeps its layouts in a cache shared by every Eleventy of the process and keyed by the
// layout's name, so a second build in one process (tests, the bench, a program that calls
// buildFromRecords twice) would render with the layouts, and so the filters and path prefix, of
// the first. Eleventy's own watcher empties that cache with an event on its process-wide bus
// before it rebuilds; each new Eleventy here sends the same event. The bus is not among
// Eleventy's public exports, so it is found beside the package's entry file.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface EventBus {
  emit(event: string, ...args: unknown[]): Promise<unknown>;
}

const entry = createRequire(import.meta.url).resolve('@11ty/eleventy');
const bus = (
  (await import(pathToFileURL(join(dirname(entry), 'EventBus.js')).href)) as {
    default: EventBus;
  }
).default;

/** Forget the layouts an earlier Eleventy of this process compiled with its own filters. */
export function forgetEarlierLayouts(templatesDir: string): void {
  // The listeners run during the call (they are synchronous); the promise only collects them.
  void bus.emit('eleventy.resourceModified', templatesDir, [], {});
}

// How far V8 lets a heap grow past what survived its last full collection. By default up to 4
// times when memory is plentiful: a build that holds 500 MB of records and pages on the main
// thread and 300 MB in the side-files worker then peaked at 2.1 GB RSS, mostly garbage not yet
// collected, and at 8x the archive would reach the default heap limits. Growth of 30% past the
// live set keeps the peak near what is held, at the cost of more frequent collections (not
// measurable in CPU seconds at 1x or 2x). The heap limits themselves stay Node's defaults.
import { setFlagsFromString } from 'node:v8';

const percent = 30;
let set = false;

/** For every heap of this process (flags are process-wide), its threads started later too. */
export function limitHeapGrowth(): void {
  if (set) return;
  set = true;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

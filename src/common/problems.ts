// What the dev server's error overlay shows: `serve` answers it as JSON at `problemsUrl`, the
// overlay's browser code (src/client/overlay.ts) asks for it after every reload.

/** Beside the dev server's own reload client, in the folder it reserves for injected scripts. */
export const problemsUrl = '/.11ty/plan-archive-problems.json';

/** No overlay when there are neither errors nor a failure. */
export interface Problems {
  /** The first few error diagnostics, formatted as `file:line:column error code message`. */
  errors: string[];
  /** How many error diagnostics there are in all. */
  errorCount: number;
  /** Why the last rebuild failed, when it did. */
  failure: string | null;
}

/** The answer at `problemsUrl`: the problems, and how many reloads the server has sent. */
export interface ProblemsAnswer extends Problems {
  reloads: number;
}

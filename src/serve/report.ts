// What serve says after each build: error diagnostics as `file:line:column error code message`
// in the terminal and in the browser's overlay, warnings as one terminal line, and a failed
// rebuild in both. The terminal gets each error once, when it first appears; the overlay always
// shows the errors of the site being served.
import { plural } from '../common/plural.ts';
import { formatDiagnostic } from '../cli/check.ts';
import type { Problems } from '../common/problems.ts';
import type { Diagnostic } from '../record/schema.ts';
import { describeError } from '../user-error.ts';

const overlayLimit = 50;

export interface Reporter {
  /** Terminal lines for a build that finished; the overlay's problems follow it. */
  built(diagnostics: Diagnostic[]): string[];
  /** Terminal lines for a build that threw; the overlay says so until the next build finishes. */
  failed(error: unknown): string[];
  /** What the overlay shows: the first `overlayLimit` errors, their count, a failure. */
  problems(): Problems;
}

/** `input` is the folder as the user gave it, for the `check` command the messages suggest. */
export function createReporter(input: string): Reporter {
  let errors: string[] = [];
  let failure: string | null = null;

  return {
    built(diagnostics) {
      const before = new Set(errors);
      errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
      failure = null;
      const lines = errors.filter((line) => !before.has(line));
      const unchanged = errors.length - lines.length;
      if (unchanged > 0)
        lines.push(`${unchanged} earlier error${unchanged === 1 ? ' is' : 's are'} still there.`);
      const warnings = diagnostics.filter((d) => d.severity === 'warning');
      if (warnings.length > 0)
        lines.push(
          `${plural(warnings.length, 'warning')} (${countByCode(warnings)}): plan-archive check ${input} lists them.`,
        );
      return lines;
    },
    failed(error) {
      failure = describeError(error);
      return [
        `Rebuild failed: ${failure}`,
        'The server keeps running and rebuilds on the next change.',
      ];
    },
    problems: () => ({ errors: errors.slice(0, overlayLimit), errorCount: errors.length, failure }),
  };
}

/** "year-missing 2, latlng-invalid 1", most frequent first. */
function countByCode(diagnostics: Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
}

// One serve build, in a process of its own (src/serve/build-process.ts starts it): receives the
// build options, answers with the summary or the error as the CLI would print it.
import { buildSite, type BuildOptions, type BuildSummary } from '../build.ts';
import { removeLeftoversOnSignals } from '../output/publish.ts';
import { describeError } from '../user-error.ts';

export type FromBuild =
  { kind: 'built'; summary: BuildSummary } | { kind: 'failed'; message: string };

removeLeftoversOnSignals();

process.once('message', (options: BuildOptions) => {
  const answer = (message: FromBuild): void => {
    process.send?.(message, () => process.disconnect());
  };
  buildSite(options).then(
    (summary) => answer({ kind: 'built', summary }),
    (error: unknown) => answer({ kind: 'failed', message: describeError(error) }),
  );
});

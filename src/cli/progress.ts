// Progress lines for long builds: only in an interactive terminal, never in CI or when quiet,
// so logs stay clean.
export interface Progress {
  update(label: string, done: number, total: number): void;
  done(): void;
}

export function createProgress(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stdout,
): Progress {
  const enabled = !quiet && stream.isTTY === true && process.env.CI !== 'true';
  let last = 0;
  let shown = false;
  return {
    update(label, done, total) {
      if (!enabled) return;
      const now = Date.now();
      // Redrawing on every document would cost more than the parse itself on a slow terminal.
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      stream.write(
        `\r\u001b[2K${label} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
      );
    },
    done() {
      if (enabled && shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}

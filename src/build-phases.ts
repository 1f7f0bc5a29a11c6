// Where a build's time goes: wall and CPU seconds of each phase, for the bench (bench/build.ts).
// CPU is the whole process's (every thread), so a phase in which workers run counts their CPU.

export interface Phase {
  name: string;
  seconds: number;
  cpuSeconds: number;
}

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

export class PhaseClock {
  readonly phases: Phase[] = [];
  private name: string | null = null;
  private wall = 0;
  private cpu = 0;

  /** End the running phase, if any, and start `name`. */
  start(name: string): void {
    this.end();
    this.name = name;
    this.wall = performance.now();
    this.cpu = cpuNow();
  }

  end(): void {
    if (this.name === null) return;
    const seconds = (performance.now() - this.wall) / 1000;
    this.phases.push({ name: this.name, seconds, cpuSeconds: cpuNow() - this.cpu });
    this.name = null;
  }
}

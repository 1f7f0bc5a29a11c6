// The one moment a build is stamped with. SOURCE_DATE_EPOCH (seconds since 1970, the
// reproducible-builds.org convention) fixes it, so two builds of the same documents are identical.

/** The build's time: SOURCE_DATE_EPOCH when it is a whole number of seconds, else now. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** `2026-12-06`: the day in UTC, as the footer and the About page show it. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

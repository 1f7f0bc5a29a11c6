// May the build replace this output folder? Only when it is new, empty, or holds nothing but an
// earlier build's files (or `--force` says to empty it), and never when it is, holds or lies in
// the input, or holds the parse cache; --force never empties the current or the home folder.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { isWithin } from '../load/list.ts';
import { UserError } from '../user-error.ts';
import { foreignEntries, legacyMarker, readManifest, type Manifest } from './manifest.ts';

export interface OutputChecks {
  output: string;
  /** The input folder, which the output may not be, hold or lie in. */
  input?: string;
  /** The parse cache, which the output may not hold: each build replaces the output. */
  cacheDir?: string;
  /** Empty an output folder that holds files the build did not write. */
  force?: boolean;
}

/** What the output folder holds now, as far as replacing it goes. */
export type Ownership = 'empty' | 'ours' | 'legacy' | 'forced';

export interface OutputTarget {
  /** The real, absolute path of the output folder (a link to a folder is resolved). */
  path: string;
  /** Whether the folder exists yet. */
  exists: boolean;
  force: boolean;
  /** What the check found when the output is a site this version wrote. */
  site?: SiteSeen;
}

/** A site's manifest and the files it lists that are there, as a check walked them. */
export interface SiteSeen {
  manifest: Manifest | null;
  files: Set<string>;
}

/** The real path of `p`, for a path that may not exist yet: its nearest existing ancestor's. */
function realPath(p: string): string {
  const absolute = path.resolve(p);
  const missing: string[] = [];
  for (let at = absolute; ; at = path.dirname(at)) {
    try {
      return path.join(realpathSync(at), ...missing);
    } catch {
      if (at === path.dirname(at)) return absolute;
      missing.unshift(path.basename(at));
    }
  }
}

/** The first few names of a list, for a message. */
function some(names: string[]): string {
  const shown = names.slice(0, 2).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

/**
 * Whose files the folder holds. Throws a UserError naming files the build did not write, unless
 * `force` allows emptying it.
 */
export function ownership(dir: string, force: boolean, shownAs = dir, seen?: SiteSeen): Ownership {
  const names = readdirSync(dir);
  if (names.length === 0) return 'empty';
  if (force) return 'forced';
  const manifest = readManifest(dir);
  if (!manifest && names.includes(legacyMarker)) return 'legacy';
  if (seen) seen.manifest = manifest;
  const foreign = foreignEntries(dir, manifest, seen?.files);
  if (foreign.length === 0) return 'ours';
  throw new UserError(
    `the output folder "${shownAs}" holds files plan-archive did not write (${some(foreign)}), ` +
      `and a build replaces the whole folder. Choose a new or empty folder for the site, or add --force to empty this one on purpose.`,
  );
}

/** Checks the output before a build starts; throws a UserError that says what to do instead. */
export function checkOutput(checks: OutputChecks): OutputTarget {
  const given = checks.output;
  const target = realPath(given);
  let exists = false;
  let site: SiteSeen | undefined;
  try {
    const stats = lstatSync(target);
    if (!stats.isDirectory())
      throw new UserError(
        `the output "${given}" is a file, not a folder. Remove it or choose another --output.`,
      );
    exists = true;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (checks.input !== undefined) {
    const input = realPath(checks.input);
    const clash =
      target === input
        ? 'is the input folder'
        : isWithin(target, input)
          ? 'is inside the input folder'
          : isWithin(input, target)
            ? 'holds the input folder'
            : null;
    if (clash)
      throw new UserError(
        `the output folder "${given}" ${clash} "${checks.input}", and each build replaces the whole output. Choose an --output outside the input, such as _site.`,
      );
  }
  const force = checks.force ?? false;
  if (force && [process.cwd(), homedir()].some((dir) => isWithin(realPath(dir), target)))
    throw new UserError(
      `--force would empty "${given}", which holds the current folder or your home folder. Choose a folder of its own for the site.`,
    );
  if (exists) {
    if (statSync(target).dev !== statSync(path.dirname(target)).dev)
      throw new UserError(
        `the output folder "${given}" is a mount point, and a build replaces its output by renaming, which a mount point cannot be. Use a folder inside it, such as ${path.join(given, 'site')}.`,
      );
    const seen: SiteSeen = { manifest: null, files: new Set() };
    if (ownership(target, force, given, seen) === 'ours') site = seen;
  }
  if (checks.cacheDir !== undefined && isWithin(realPath(checks.cacheDir), target))
    throw new UserError(
      `the parse cache "${checks.cacheDir}" is inside the output folder "${given}", which each build replaces. Give --cache a folder outside it, or --no-cache.`,
    );
  return { path: target, exists, force, site };
}

// The files written beside the Eleventy pages: data exports and the published source markdown.
// I/O lives here; the content comes from pure functions.
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { LearningPlan } from '../../record/schema.ts';
import type { SiteConfig } from '../config.ts';
import {
  csvFormat,
  geoJsonFormat,
  jsonFormat,
  ndjsonFormat,
  type ExportContext,
  type ExportFormat,
} from './exports.ts';
import { publicSource, type KnownDetail } from '../contact-policy.ts';
import { planPath, sourcePath, withPrefix } from '../urls.ts';
import { eachLimited } from '../../io/limit.ts';
import { writeOut, type OutputReuse } from '../../output/reuse.ts';

function exportContext(config: SiteConfig): ExportContext {
  const siteUrl = withPrefix(config.baseUrl, config.pathPrefix);
  return { urlOf: (p) => withPrefix(siteUrl, planPath(p.slug)) };
}

const exportFormats: Record<string, ExportFormat> = {
  'plans.json': jsonFormat,
  'plans.ndjson': ndjsonFormat,
  'plans.csv': csvFormat,
  'plans.geojson': geoJsonFormat,
};

/** One export file as it is written: its stream, the hash of what went in, its format's state. */
interface OpenExport {
  file: string;
  format: ExportFormat;
  stream: WriteStream;
  hash: Hash;
  state: { items: number };
}

/**
 * The four exports written side by side, a plan at a time as the plans arrive, so whoever writes
 * them never holds every record (side-files.ts). Each file is hashed on its way, for the manifest.
 */
export class ExportWriter {
  private failure: Error | null = null;

  private constructor(
    private readonly exports: OpenExport[],
    private readonly ctx: ExportContext,
  ) {
    for (const { stream } of exports) stream.on('error', (error) => (this.failure ??= error));
  }

  static async open(outDir: string, config: SiteConfig): Promise<ExportWriter> {
    await mkdir(join(outDir, 'data'), { recursive: true });
    const exports = Object.entries(exportFormats).map(([name, format]) => {
      const file = join(outDir, 'data', name);
      return {
        file,
        format,
        stream: createWriteStream(file),
        hash: createHash('sha256'),
        state: { items: 0 },
      };
    });
    const writer = new ExportWriter(exports, exportContext(config));
    for (const e of exports) await writer.write(e, e.format.head);
    return writer;
  }

  /** Add the plans' pieces, one write a file: a few hundred kilobytes, not a write a plan. */
  async add(plans: readonly LearningPlan[]): Promise<void> {
    // The batch's JSON is made once for the exports that print it, and dropped with the batch.
    const ctx = { ...this.ctx, json: new Map<LearningPlan, string>() };
    for (const e of this.exports) {
      let text = '';
      for (const plan of plans) text += e.format.piece(plan, ctx, e.state);
      await this.write(e, text);
    }
  }

  /** Write the tails and close the files; records their hashes in `reuse`. */
  async close(reuse?: OutputReuse): Promise<void> {
    for (const e of this.exports) {
      await this.write(e, e.format.tail);
      e.stream.end();
      await once(e.stream, 'close');
      this.check();
      if (reuse?.owns(e.file)) reuse.wrote(e.file, e.hash.digest('base64url'));
    }
  }

  private async write(e: OpenExport, piece: string): Promise<void> {
    this.check();
    if (!piece) return;
    e.hash.update(piece);
    // Waits while the file is behind, so pieces do not pile up in memory. The listener of the
    // event that did not come is removed: left, they piled up, one a wait (and Node warned).
    if (!e.stream.write(piece)) {
      const waited = new AbortController();
      const options = { signal: waited.signal };
      await Promise.race([
        once(e.stream, 'drain', options),
        once(e.stream, 'close', options),
      ]).finally(() => waited.abort());
    }
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/** Write the four exports of `plans`. */
export async function writeExports(
  outDir: string,
  plans: LearningPlan[],
  config: SiteConfig,
  reuse?: OutputReuse,
): Promise<void> {
  const writer = await ExportWriter.open(outDir, config);
  for (let i = 0; i < plans.length; i += 100) await writer.add(plans.slice(i, i + 100));
  await writer.close(reuse);
}

export interface SourceJob {
  slug: string;
  file: string;
  /** The details the plan's record gives, withheld in its source wherever they appear. */
  details: KnownDetail[];
  /** A key of what the published source is made from (side-keys.ts), or null. */
  key?: string | null;
}

/** Publish each plan's source beside its page, rewritten by the contact policy. */
export async function writeSources(
  outDir: string,
  sources: SourceJob[],
  config: SiteConfig,
  reuse?: OutputReuse,
): Promise<void> {
  await eachLimited(sources, async (job) => {
    const file = join(outDir, sourcePath(job.slug));
    // Made from the same document by the same policy: the previous build's file, not read at all.
    const keyed = job.key && reuse?.owns(file) ? job.key : null;
    if (keyed && reuse!.linkKeyed(file, keyed)) return;
    const text = await readFile(job.file, 'utf8');
    const published = publicSource(text, config.focalPoint, job.details);
    if (keyed) reuse!.writeKeyed(file, published, keyed);
    else await writeOut(reuse, file, published);
  });
}

// PLACEHOLDER until the lead lands the parser: the signature is the contract.
import type { Diagnostic, LearningPlan } from '../record/schema.ts';

export interface LoadOptions {
  /** Folder for the parse cache (keyed by content hash and parser version); none when omitted. */
  cacheDir?: string;
  /** Worker threads; defaults to the number of cores. */
  workers?: number;
  /** Called as documents are read, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  /** Files found (every *.md, dotfiles included). */
  documents: number;
  /** One record per readable document, in file-name order; drafts included (draft: true). */
  records: LearningPlan[];
  /** Every diagnostic: the records' own and the error diagnostics of files that gave no record. */
  diagnostics: Diagnostic[];
}

export async function loadFolder(_dir: string, _options: LoadOptions = {}): Promise<LoadResult> {
  return { documents: 0, records: [], diagnostics: [] };
}

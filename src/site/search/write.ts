// PLACEHOLDER until the search helper replaces it: the signature is the contract.
import type { LearningPlan } from '../../record/schema.ts';

export interface SearchAssetOptions {
  outDir: string;
  pathPrefix: string;
}

export async function writeSearchAssets(
  _records: LearningPlan[],
  _options: SearchAssetOptions,
): Promise<void> {}

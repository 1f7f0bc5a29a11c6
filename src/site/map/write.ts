// PLACEHOLDER until the map helper replaces it: the signature is the contract.
import type { LearningPlan } from '../../record/schema.ts';

export interface MapAssetOptions {
  outDir: string;
  pathPrefix: string;
  tileLayer: { url: string; attribution: string } | null;
}

export async function writeMapAssets(
  _records: LearningPlan[],
  _options: MapAssetOptions,
): Promise<void> {}

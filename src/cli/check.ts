// `check` and `records`: what a folder of documents holds, as diagnostics or as NDJSON.
import { plural } from '../common/plural.ts';
import type { Diagnostic } from '../record/schema.ts';
import type { LoadResult } from '../load/folder.ts';

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}

export interface CheckSummary {
  documents: number;
  records: number;
  errors: number;
  warnings: number;
  info: number;
  byCode: Record<string, number>;
}

export function summarise(result: LoadResult): CheckSummary {
  const byCode: Record<string, number> = {};
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of result.diagnostics) {
    byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    counts[d.severity]++;
  }
  return {
    documents: result.documents,
    records: result.records.length,
    errors: counts.error,
    warnings: counts.warning,
    info: counts.info,
    byCode: Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => a.localeCompare(b))),
  };
}

export function formatSummary(s: CheckSummary): string {
  const lines = [
    `${plural(s.documents, 'document')}: ${plural(s.records, 'record')}, ${(s.documents - s.records).toLocaleString('en')} without a record (errors)`,
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.info, 'info', 'info')}`,
  ];
  for (const [code, count] of Object.entries(s.byCode)) lines.push(`  ${code}: ${count}`);
  return lines.join('\n');
}

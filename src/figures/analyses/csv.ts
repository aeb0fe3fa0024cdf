/**
 * CSV for figure downloads: a header row, then one line per row; numbers as written by JS
 * (round-trip exact), strings quoted when they contain a comma, quote or newline.
 */
export type Cell = string | number | boolean | null | undefined;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Table): string {
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

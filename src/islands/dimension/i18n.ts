/** The dimension widget's strings, in English and Japanese. */
const en = {
  'dim.label': 'Embedding dimension d',
  'dim.summary': 'At d = {d}, our {n} reference runs kept {counts} circles (mean {mean}).',
  'dim.run': 'seed {seed}: {count} circles (k = {list})',
  'dim.train': 'Train one at d = {d} in the lab',
  'dim.note': 'Each run: p = 59, weight decay 0.5, 3,000 steps, measured by our engine; {n} of {planned} planned sweep runs are computed so far.',
  'dim.needsJs': 'Moving the slider needs JavaScript; the table below lists every dimension.',
  'dim.tableCaption': 'Circles per run and dimension',
  'dim.mean': 'mean',
} as const;

export type DimKey = keyof typeof en;

const ja: Record<DimKey, string> = {
  'dim.label': '埋め込み次元 d',
  'dim.summary': 'd = {d} では、私たちの参照学習 {n} 回で生き残った円は {counts} 個でした（平均 {mean}）。',
  'dim.run': 'シード {seed}: 円 {count} 個（k = {list}）',
  'dim.train': 'd = {d} でラボで学習させる',
  'dim.note': '各実行は p = 59、重み減衰 0.5、3,000 ステップで、私たちのエンジンで測りました。計画したスイープ {planned} 回のうち {n} 回を計算済みです。',
  'dim.needsJs': 'スライダーの操作には JavaScript が必要です。下の表にすべての次元を載せています。',
  'dim.tableCaption': '次元ごと・実行ごとの円の数',
  'dim.mean': '平均',
};

export type DimLang = 'en' | 'ja';

export function dt(lang: DimLang, key: DimKey, vars: Record<string, string | number> = {}): string {
  return (lang === 'ja' ? ja : en)[key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

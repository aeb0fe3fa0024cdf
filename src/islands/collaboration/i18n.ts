/** The collaboration widget's strings, in English and Japanese. */
const en = {
  'collab.legend': 'Circles kept in the embedding (frequency k and p − k; the mean is always kept)',
  'collab.survivor': 'survivor',
  'collab.signal': 'S = {s}',
  'collab.result': 'Loss on all {n} pairs: {loss} · accuracy {acc}',
  'collab.kept': 'Kept: {list}',
  'collab.keptNone': 'Kept: no circle (only the mean)',
  'collab.preset.survivors': 'All survivors',
  'collab.preset.strongest': 'Strongest only',
  'collab.preset.none': 'None',
  'collab.preset.all': 'Every frequency',
  'collab.source': 'Model: our engine’s reference run {source} after {step} steps (p = {p}, d = {d}). Loss and accuracy are computed in your browser, in float64, on all p² pairs.',
  'collab.needsJs': 'Ticking circles needs JavaScript. The numbers below are for the default choice (all surviving circles), computed when the site was built.',
  'collab.notice': 'The link asked to keep “{raw}”, which is not a circle of this model (1–{half}); it was ignored.',
  'collab.chance': 'Chance level is ln p = {chance}.',
} as const;

export type CollabKey = keyof typeof en;

const ja: Record<CollabKey, string> = {
  'collab.legend': '埋め込みに残す円（周波数 k と p − k。平均成分は常に残します）',
  'collab.survivor': '生き残り',
  'collab.signal': 'S = {s}',
  'collab.result': '全 {n} 組での損失: {loss}・正解率 {acc}',
  'collab.kept': '残した円: {list}',
  'collab.keptNone': '残した円: なし（平均成分のみ）',
  'collab.preset.survivors': '生き残りすべて',
  'collab.preset.strongest': '最強の円だけ',
  'collab.preset.none': 'なし',
  'collab.preset.all': 'すべての周波数',
  'collab.source': 'モデル: 私たちのエンジンによる参照学習 {source} の {step} ステップ後（p = {p}、d = {d}）。損失と正解率は、お使いのブラウザーで float64 により p² 組すべてについて計算します。',
  'collab.needsJs': '円の選択には JavaScript が必要です。下の数値は既定の選択（生き残った円すべて）について、サイトの生成時に計算したものです。',
  'collab.notice': 'リンクが指定した「{raw}」はこのモデルの円（1〜{half}）ではないため、無視しました。',
  'collab.chance': '当てずっぽうの水準は ln p = {chance} です。',
};

export type CollabLang = 'en' | 'ja';

export function ct(lang: CollabLang, key: CollabKey, vars: Record<string, string | number> = {}): string {
  const s = (lang === 'ja' ? ja : en)[key];
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

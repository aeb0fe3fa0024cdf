/**
 * Column headers of the figures' data tables and CSV files, in the reader's language. Builders name
 * their columns in English (short, stable names that also suit code); on Japanese pages and in the
 * Japanese CSV files each name is replaced by its Japanese label here. Symbols (k, d, x, y, S_k, g4)
 * stay as they are. A name missing from this list stays English, and test/browser/words.test.ts fails.
 */
import type { Lang } from '../i18n/languages';

const JA_EXACT: Record<string, string> = {
  runs: '実行数',
  'mean circles': '円の数の平均',
  sd: '標準偏差',
  min: '最小',
  max: '最大',
  counts: '各実行の円の数',
  'survivor set fixed from step': '生き残る組が確定したステップ',
  seed: 'シード',
  step: 'ステップ',
  'test loss': 'テスト損失',
  'test accuracy': 'テスト正解率',
  embedding: '埋め込み',
  'survival rate': '生存率',
  alpha: 'α',
  ratio: '強さの比',
  'larger survived': '大きい方の生存率',
  'smaller survived': '小さい方の生存率',
  run: '実行',
  survived: '生存（1）・消滅（0）',
  token: 'トークン',
  'circles kept': '残した円の数',
  'frequencies kept (plus DC)': '残した周波数（直流成分も残す）',
  'loss (all pairs)': '損失（全組）',
  'k survived': 'k が生き残ったか',
  'weight decay': '重み減衰',
  'runs at their final set': '最終の組になっている実行数',
  share: '割合',
  lo: '95 % 区間の下限',
  hi: '95 % 区間の上限',
};

const JA_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^S_k at step (\d+)$/, (m) => `ステップ ${m[1]} の S_k`],
  [/^test loss (.+)$/, (m) => `テスト損失 ${m[1]}`],
  [/^(S_\d+\(0\)) - mean S\(0\)$/, (m) => `${m[1]} − S(0) の平均`],
];

export function columnLabel(lang: Lang, name: string): string {
  if (lang !== 'ja') return name;
  if (JA_EXACT[name]) return JA_EXACT[name]!;
  for (const [re, label] of JA_PATTERNS) {
    const m = re.exec(name);
    if (m) return label(m);
  }
  return name;
}

export const localizeColumns = (lang: Lang, columns: string[]): string[] => columns.map((c) => columnLabel(lang, c));

/** The dimension widget's strings, in English and Japanese. */
import { defineStrings } from '../../i18n/strings';

const en = {
  'dim.label': 'Embedding dimension d',
  'dim.summary': 'At d = {d}, our {n} reference runs kept {counts} circles (mean {mean}).',
  'dim.run': 'seed {seed}: {count} circles (k = {list})',
  'dim.train': 'Open the lab at d = {d} and train one yourself',
  'dim.note': 'Each run: p = 59, weight decay 0.5, 3,000 steps, measured by our engine; {n} of {planned} planned sweep runs are computed so far.',
  'dim.needsJs': 'Moving the slider needs JavaScript; the table below lists every dimension.',
  'dim.tableCaption': 'Circles per run and dimension',
  'dim.mean': 'mean',
  'dim.sweepTitle': 'Circles against d, every run (the chosen d highlighted)',
  'dim.sweepDesc':
    'Dot chart of the number of surviving circles in each reference run against the embedding dimension d (log scale), with the mean per d as a line; the chosen d is marked by a band and a ring on its mean.',
  'dim.spectrumTitle': 'Final spectrum of the run at d = {d} (seed {seed}, step {step})',
  'dim.spectrumDesc':
    'Bar chart of the signal S_k of each frequency k = 1–29 at the last step ({step}) of our reference run at d = {d}, seed {seed}; the {n} survivors in colour, the threshold τ dashed.',
  'dim.planesTitle': 'Its circles: each survivor’s plane (d = {d}, seed {seed}, step {step})',
  'dim.planesDesc':
    'Scatter plots, one per surviving frequency of our reference run at d = {d}: the 59 tokens projected on that frequency’s plane lie on a circle. {n} planes.',
  'dim.planesNote':
    'Planes need the trained embedding, which our sweep keeps only at d = 128 (from the longer hero run of the same model and seed). To watch the circles form at d = {d}, train one in the lab.',
  'dim.planesSource':
    'At d = 128 the planes come from our hero run: the same model and seed as the sweep’s first run, trained for {step} steps instead of 3,000.',
  'dim.look':
    'Move the slider: the band on the sweep chart moves to that d, and in its spectrum the bars above the dashed line are the frequencies that survived there.',
} as const;

export type DimKey = keyof typeof en;

const ja = {
  'dim.label': '埋め込み次元 d',
  'dim.summary': 'd = {d} では、私たちの参照学習 {n} 回で生き残った円は {counts} 個でした（平均 {mean}）。',
  'dim.run': 'シード {seed}: 円 {count} 個（k = {list}）',
  'dim.train': 'd = {d} のラボを開いて自分で学習させる',
  'dim.note': '各実行は p = 59、重み減衰 0.5、3,000 ステップで、私たちのエンジンで測りました。計画したスイープ {planned} 回のうち {n} 回を計算済みです。',
  'dim.needsJs': 'スライダーの操作には JavaScript が必要です。下の表にすべての次元を載せています。',
  'dim.tableCaption': '次元ごと・実行ごとの円の数',
  'dim.sweepTitle': '次元 d と円の数（全実行。選んだ d を強調）',
  'dim.sweepDesc':
    '各参照実行で生き残った円の数を埋め込み次元 d（対数目盛）に対して点で示し、d ごとの平均を線で結んだ図です。選んだ d は帯と平均の位置の丸で示します。',
  'dim.spectrumTitle': 'd = {d} の実行の最終スペクトル（シード {seed}、ステップ {step}）',
  'dim.spectrumDesc':
    'd = {d}、シード {seed} の参照実行の最終ステップ（{step}）における、周波数 k = 1〜29 のシグナル S_k の棒グラフです。生き残った {n} 個を色付きで、しきい値 τ を破線で示しています。',
  'dim.planesTitle': 'その円：生き残った周波数ごとの平面（d = {d}、シード {seed}、ステップ {step}）',
  'dim.planesDesc': 'd = {d} の参照実行で生き残った周波数ごとの散布図です。59 個のトークンをその周波数の平面に射影すると円の上に並びます。平面は {n} 枚です。',
  'dim.planesNote':
    '平面を描くには学習後の埋め込みが必要ですが、私たちのスイープでは d = 128 のものしか保存していません（同じモデル・同じシードで長く学習させた代表実行のもの）。d = {d} で円ができる様子は、ラボで学習させて確かめてください。',
  'dim.planesSource':
    'd = 128 の平面は代表実行から描いています。スイープの最初の実行と同じモデル・同じシードで、3,000 ステップではなく {step} ステップ学習させたものです。',
  'dim.look': 'スライダーを動かすと、スイープの図の帯がその d に移ります。スペクトルでは、破線より上の棒がその d で生き残った周波数です。',
  'dim.mean': '平均',
};

export const dt = defineStrings({ en, ja });

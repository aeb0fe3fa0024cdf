/** The collaboration widget's strings, in English and Japanese. */
import { defineStrings } from '../../i18n/strings';

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
  'collab.source':
    'Model: our engine’s reference run {source} after {step} steps (p = {p}, d = {d}). Loss and accuracy are computed in your browser, in float64, on all p² pairs.',
  'collab.needsJs': 'Ticking circles needs JavaScript. The numbers below are for the default choice (all surviving circles), computed when the site was built.',
  'collab.notice': 'The link asked to keep “{raw}”, which is not a circle of this model (1–{half}); it was ignored.',
  'collab.chance': 'Chance level is ln p = {chance}.',
  'collab.meter.heading': 'Result',
  'collab.meter.acc': 'Accuracy',
  'collab.meter.loss': 'Loss',
  'collab.meter.accChance': 'chance 1/p = {chance}',
  'collab.meter.lossChance': 'a uniform guess: ln p = {chance}',
  'collab.meter.accLabel': 'Accuracy {value}; chance level 1/p = {chance} (p = {p}).',
  'collab.meter.lossLabel': 'Loss {value}; a uniform guess scores ln p = {chance}.',
  'collab.model.legend': 'Model',
  'collab.model.ref': 'Our engine’s reference run ({source}, step {step})',
  'collab.model.lab': 'Your latest lab run (seed {seed}, p = {p}, d = {d}, step {step})',
  'collab.model.labNone': 'Your latest lab run (none saved in this browser yet: train one in the lab, then come back)',
  'collab.model.file': 'The run file “{name}” (p = {p}, d = {d}, step {step})',
  'collab.model.fileLabel': 'Or load a run file (the lab’s JSON export, or a file from npm run train)',
  'collab.sourceLab':
    'Model: your lab run (seed {seed}) after {step} steps (p = {p}, d = {d}), saved in this browser by the lab. Loss and accuracy are computed in your browser, in float64, on all p² pairs.',
  'collab.sourceFile':
    'Model: the run file “{name}” after {step} steps (p = {p}, d = {d}). Loss and accuracy are computed in your browser, in float64, on all p² pairs.',
  'collab.noLabRun': 'The link asks for your latest lab run, but this browser has none saved; the reference model is shown.',
  'collab.badModel': 'The link’s model “{raw}” is not one this widget knows (ref or lab); the reference model is shown.',
  'collab.badFile.json': 'That file is not JSON; the model was not changed.',
  'collab.badFile.parameters':
    'That file has no final parameters (export it from the lab after training, or use a run file from npm run train); the model was not changed.',
  'collab.badFile.shape': 'That file’s configuration and parameters do not fit together; the model was not changed.',
  'collab.badFile.size': 'That file is too large to be a run file; the model was not changed.',
} as const;

export type CollabKey = keyof typeof en;

const ja = {
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
  'collab.source':
    'モデル: 私たちのエンジンによる参照学習 {source} の {step} ステップ後（p = {p}、d = {d}）。損失と正解率は、お使いのブラウザーで float64 により p² 組すべてについて計算します。',
  'collab.needsJs': '円の選択には JavaScript が必要です。下の数値は既定の選択（生き残った円すべて）について、サイトの生成時に計算したものです。',
  'collab.notice': 'リンクが指定した「{raw}」はこのモデルの円（1〜{half}）ではないため、無視しました。',
  'collab.chance': '当てずっぽうの水準は ln p = {chance} です。',
  'collab.meter.heading': '結果',
  'collab.meter.acc': '正解率',
  'collab.meter.loss': '損失',
  'collab.meter.accChance': '当てずっぽう 1/p = {chance}',
  'collab.meter.lossChance': '一様な推測: ln p = {chance}',
  'collab.meter.accLabel': '正解率 {value}。当てずっぽうの水準は 1/p = {chance}（p = {p}）。',
  'collab.meter.lossLabel': '損失 {value}。一様な推測の損失は ln p = {chance}。',
  'collab.model.legend': 'モデル',
  'collab.model.ref': '私たちのエンジンの参照学習（{source}、ステップ {step}）',
  'collab.model.lab': 'あなたがラボで最後に学習したモデル（シード {seed}、p = {p}、d = {d}、ステップ {step}）',
  'collab.model.labNone': 'あなたがラボで最後に学習したモデル（このブラウザーにはまだ保存されていません。ラボで学習してから戻ってください）',
  'collab.model.file': '学習結果ファイル「{name}」（p = {p}、d = {d}、ステップ {step}）',
  'collab.model.fileLabel': 'または学習結果ファイルを読み込む（ラボの JSON 書き出し、または npm run train のファイル）',
  'collab.sourceLab':
    'モデル: ラボがこのブラウザーに保存した、あなたの学習（シード {seed}）の {step} ステップ後（p = {p}、d = {d}）。損失と正解率は、お使いのブラウザーで float64 により p² 組すべてについて計算します。',
  'collab.sourceFile':
    'モデル: 学習結果ファイル「{name}」の {step} ステップ後（p = {p}、d = {d}）。損失と正解率は、お使いのブラウザーで float64 により p² 組すべてについて計算します。',
  'collab.noLabRun': 'リンクはラボで最後に学習したモデルを指定していますが、このブラウザーには保存されていません。参照モデルを表示します。',
  'collab.badModel': 'リンクのモデル「{raw}」はこのウィジェットが知らないもの（ref または lab 以外）です。参照モデルを表示します。',
  'collab.badFile.json': 'そのファイルは JSON ではありません。モデルは変えていません。',
  'collab.badFile.parameters':
    'そのファイルには最終パラメータがありません（学習後にラボから書き出すか、npm run train のファイルを使ってください）。モデルは変えていません。',
  'collab.badFile.shape': 'そのファイルの設定とパラメータがかみ合いません。モデルは変えていません。',
  'collab.badFile.size': 'そのファイルは学習結果ファイルとしては大きすぎます。モデルは変えていません。',
};

export const ct = defineStrings({ en, ja });

/**
 * The words the specs draw into their own charts, beyond the shared axes and legends of
 * src/figures/i18n.ts: series names of the fitness widget's figures (the reader's runs against the
 * reference), and the labels of the survival and collaboration figures.
 */
import { defineStrings } from '../../i18n/strings';

export const specStrings = defineStrings({
  en: {
    'axis.trainingStep': 'training step',
    'fitness.reference': 'reference runs (our engine)',
    'fitness.control': 'your runs: α = 1 (control)',
    'fitness.nudged': 'your runs: α = {alpha}',
    'trace.reference': 'reference runs (same setting, our engine)',
    'trace.nudged': 'your nudged run',
    'trace.control': 'its untouched twin (α = 1)',
    'trace.y': 'signal S of k = {k}',
    'trace.empty': 'Press Train: S of k = {k} in your nudged run and its twin is drawn here as they train.',
    /** The label at the tip of a reader's run. */
    'trace.seed': 'seed {seed}',
    'survival.embeddingLegend': 'initial embedding',
    'perturbation.embedding': 'embedding #{embedding}',
    'perturbation.x': 'S{k}(0) − mean initial signal',
    'construction.larger': 'larger candidate',
    'construction.smaller': 'smaller candidate',
    'construction.x': 'amplitude ratio r (smaller / larger)',
    /** {set}: the kept set in set notation, "{k}". */
    'collaboration.alone': '{set} alone',
    'collaboration.chance': 'ln p (chance)',
  },
  ja: {
    'axis.trainingStep': '学習ステップ',
    'fitness.reference': '参照実行（私たちのエンジン）',
    'fitness.control': 'あなたの実行：α = 1（対照）',
    'fitness.nudged': 'あなたの実行：α = {alpha}',
    'trace.reference': '参照実行（同じ条件、私たちのエンジン）',
    'trace.nudged': 'あなたの後押しした実行',
    'trace.control': 'その対照（α = 1）',
    'trace.y': 'k = {k} のシグナル S',
    'trace.empty': '「学習する」を押すと、後押しした実行とその対照の S（k = {k}）がここに描かれていきます。',
    'trace.seed': 'シード {seed}',
    'survival.embeddingLegend': '初期埋め込み',
    'perturbation.embedding': '埋め込み #{embedding}',
    'perturbation.x': 'S{k}(0) − 平均初期シグナル',
    'construction.larger': '大きい方の候補',
    'construction.smaller': '小さい方の候補',
    'construction.x': '振幅の比 r（小さい方 / 大きい方）',
    'collaboration.alone': '{set} だけ',
    'collaboration.chance': 'ln p（偶然）',
  },
});

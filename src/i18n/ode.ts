/**
 * UI strings of section 7's figures and widgets, English and Japanese (です・ます). Kept apart
 * from the site's dictionary so the islands ship only what they use.
 */
import { defineStrings } from './strings';

const en = {
  needsJs: 'The live part of this widget needs JavaScript. The figure above shows the model at its default settings.',
  loading: 'Loading…',
  // Two species
  'two.species1': 'Species 1 (x₁)',
  'two.species2': 'Species 2 (x₂)',
  'two.r1': 'Growth rate r₁',
  'two.r2': 'Growth rate r₂',
  'two.K1': 'Capacity K₁',
  'two.K2': 'Capacity K₂',
  'two.a12': 'Effect of 2 on 1, α₁₂',
  'two.a21': 'Effect of 1 on 2, α₂₁',
  'two.x0': 'Start x₁(0)',
  'two.y0': 'Start x₂(0)',
  'two.time': 'Time',
  'two.population': 'Population',
  'two.timeTitle': 'Populations over time',
  'two.phaseTitle': 'Phase portrait: x₂ against x₁',
  'two.reset': 'Reset',
  'two.legend':
    'Coloured lines: nullclines (where that species stops changing). Filled dots: stable equilibria; open dots: unstable ones. Grey: trajectories from other starts.',
  'two.timeDesc': 'Line chart of both populations over time from the chosen start.',
  'two.phaseDesc': 'Phase portrait with both nullclines, the equilibria and the trajectory from the chosen start.',
  'two.outcome.x-wins':
    'α₁₂ = {a12} < K₁/K₂ = {k12} and α₂₁ = {a21} > K₂/K₁ = {k21}: species 1 can invade species 2 but not the reverse, so species 1 excludes species 2 from any start.',
  'two.outcome.y-wins':
    'α₁₂ = {a12} > K₁/K₂ = {k12} and α₂₁ = {a21} < K₂/K₁ = {k21}: species 2 can invade species 1 but not the reverse, so species 2 excludes species 1 from any start.',
  'two.outcome.coexistence':
    'α₁₂ = {a12} < K₁/K₂ = {k12} and α₂₁ = {a21} < K₂/K₁ = {k21}: each species limits itself more than it limits the other, so both persist at a stable mix.',
  'two.outcome.bistable':
    'α₁₂ = {a12} > K₁/K₂ = {k12} and α₂₁ = {a21} > K₂/K₁ = {k21}: each species suppresses the other more than itself, so whichever starts ahead wins (bistability).',
  'two.outcome.degenerate':
    'A coefficient sits exactly on the boundary (α₁₂ = {a12}, K₁/K₂ = {k12}; α₂₁ = {a21}, K₂/K₁ = {k21}): a borderline case between the four outcomes.',
  'two.present.both': 'From this start, both species are still present at the end.',
  'two.present.x': 'From this start, only species 1 survives.',
  'two.present.y': 'From this start, only species 2 survives.',
  'two.present.none': 'From this start, neither species survives.',
  'two.solverProblem': 'The solver stopped early: {message}',
  // Circles' ODE
  'ode.alpha': 'Lasso penalty α',
  'ode.alphaLs': '0 (least squares)',
  'ode.fitting': 'Refitting the model for α = {alpha}… (in the background: the page stays usable)',
  'ode.fitMeaning':
    'How well the model fits: one-step R² = {r2}, where 1 would mean it predicts every step’s change of every signal exactly and 0 that it does no better than each signal’s average change. It keeps {nz} of the {total} possible influences between frequencies: α is the price of each one, so a larger α keeps fewer, only those that matter most.',
  'ode.howSummary': 'How the fit is computed',
  'ode.howBody':
    'Each row of A, with its entry of b, is a Lasso regression of the change x_{t+1} − x_t of one frequency on all {d} signals x_t, over steps 0–{steps} of the run, solved by coordinate descent with scikit-learn’s defaults (at most 1,000 sweeps, tolerance 10⁻⁴). α = 0 is ordinary least squares. R² is the average over the {d} frequencies.',
  'ode.howBuilt': 'This α was fitted when the site was built.',
  'ode.howTimed': 'This α was fitted in your browser, in a background worker, in {ms} ms.',
  'ode.notConverged': 'For this α the solver stopped at its limit of 1,000 sweeps before meeting its tolerance, as scikit-learn would.',
  'ode.matrixTitle': 'Interaction matrix A: {nz} of {total} entries nonzero ({zero}% zero)',
  'ode.matrixTitleFit': 'Interaction matrix A, {fit}: {nz} of {total} entries nonzero ({zero}% zero)',
  'ode.matrixDesc':
    'Heatmap of the fitted 29 by 29 matrix A. Rows are target frequencies, columns source frequencies; blue is negative, red positive, white zero.',
  'ode.matrixHelp': 'Hover or focus the matrix and use the arrow keys to read a coefficient; click or press Enter to edit it.',
  'ode.target': 'Target frequency i (row)',
  'ode.source': 'Source frequency j (column)',
  'ode.source.short': 'source',
  'ode.target.short': 'target',
  'ode.survivor': 'survivor',
  'ode.survivorMark': '● marks a frequency that survives at the end of the run.',
  'ode.cell': 'A[{i}, {j}] = {v}',
  'ode.sign.pos': 'positive: a larger S_{j} pushes S_{i} up',
  'ode.sign.neg': 'negative: a larger S_{j} pushes S_{i} down',
  'ode.sign.zero': 'zero: S_{j} has no direct effect on S_{i}',
  'ode.sign.self.neg': 'negative: S_{i} holds itself back',
  'ode.sign.self.pos': 'positive: S_{i} feeds its own growth',
  'ode.editCoef': 'Coefficient A[i, j]',
  'ode.apply': 'Apply',
  'ode.clearEdits': 'Undo all edits',
  'ode.edits': 'Your edits',
  'ode.noEdits': 'No edits: the curves show the fitted model.',
  'ode.editX0': 'Initial signal S_k(0)',
  'ode.frequency': 'Frequency k',
  'ode.shown': 'Frequencies shown',
  'ode.data': 'data',
  'ode.euler': 'Euler rollout',
  'ode.exact': 'exact solution',
  'ode.step': 'Training step',
  'ode.signal': 'Signal',
  'ode.r2Step': 'one-step R²',
  'ode.r2Path': 'rollout R²',
  'ode.fitLasso': 'Lasso α = {alpha}',
  'ode.fitOls': 'least squares (α = 0)',
  'ode.fitDesc':
    'Small multiples, one per chosen frequency: the recorded signal, the Euler rollout of the fitted model and its exact solution over the first {steps} training steps.',
  'ode.stability':
    'Stability of ẋ = Ax + b: largest real part of an eigenvalue of A is {re} ({cls}); the Euler map has spectral radius ρ(I + A) = {rho} ({ecls}).',
  'ode.cls.stable': 'stable',
  'ode.cls.unstable': 'unstable: it grows without bound',
  'ode.cls.marginal': 'on the edge',
  'ode.failed': 'This model cannot be solved: {message}',
  'ode.failedEuler': 'Euler rollout failed: {message}',
  'ode.failedExact': 'Exact solution failed: {message}',
  'ode.notice': 'Some settings in the address could not be used:',
  'ode.notice.clamped': '“{raw}” ({kind}) was out of range and has been moved to the nearest allowed value.',
  'ode.notice.dropped': '“{raw}” ({kind}) could not be read and was ignored.',
  'ode.notice.unknown': 'The setting “{raw}” is not one this widget knows; it was ignored.',
  'ode.source.hero': 'Data: our engine’s reference run (p = 59, d = {d}, seed 0), signals of frequencies 1–29 over steps 0–{steps}.',
  'ode.source.fixture': 'Data: the golden test trajectory (p = 59, d = {d}, {steps} steps) standing in until our reference run is computed.',
  'ode.worker': 'Fitting runs in the background; the page stays responsive.',
  'ode.tableCaption': 'Nonzero entries of A',
} as const;

export type OdeKey = keyof typeof en;

const ja = {
  needsJs: 'このウィジェットの操作部分には JavaScript が必要です。上の図は既定の設定でのモデルを示しています。',
  loading: '読み込み中…',
  'two.species1': '種 1（x₁）',
  'two.species2': '種 2（x₂）',
  'two.r1': '増殖率 r₁',
  'two.r2': '増殖率 r₂',
  'two.K1': '環境収容力 K₁',
  'two.K2': '環境収容力 K₂',
  'two.a12': '2 が 1 に与える影響 α₁₂',
  'two.a21': '1 が 2 に与える影響 α₂₁',
  'two.x0': '初期値 x₁(0)',
  'two.y0': '初期値 x₂(0)',
  'two.time': '時間',
  'two.population': '個体数',
  'two.timeTitle': '個体数の時間変化',
  'two.phaseTitle': '相図：x₁ に対する x₂',
  'two.reset': '元に戻す',
  'two.legend':
    '色付きの線はヌルクライン（その種の増減が止まる所）です。塗りつぶした点は安定な平衡点、白抜きの点は不安定な平衡点です。灰色の線は別の初期値からの軌道です。',
  'two.timeDesc': '選んだ初期値から始めた 2 種の個体数の時間変化を示す折れ線グラフです。',
  'two.phaseDesc': '2 本のヌルクライン、平衡点、選んだ初期値からの軌道を示す相図です。',
  'two.outcome.x-wins':
    'α₁₂ = {a12} < K₁/K₂ = {k12} かつ α₂₁ = {a21} > K₂/K₁ = {k21} なので、種 1 は種 2 の中に入り込めますが逆はできず、どの初期値からでも種 1 が種 2 を排除します。',
  'two.outcome.y-wins':
    'α₁₂ = {a12} > K₁/K₂ = {k12} かつ α₂₁ = {a21} < K₂/K₁ = {k21} なので、種 2 は種 1 の中に入り込めますが逆はできず、どの初期値からでも種 2 が種 1 を排除します。',
  'two.outcome.coexistence':
    'α₁₂ = {a12} < K₁/K₂ = {k12} かつ α₂₁ = {a21} < K₂/K₁ = {k21} なので、どちらの種も相手より自分自身を強く抑えるため、両者は安定な割合で共存します。',
  'two.outcome.bistable':
    'α₁₂ = {a12} > K₁/K₂ = {k12} かつ α₂₁ = {a21} > K₂/K₁ = {k21} なので、どちらの種も自分より相手を強く抑えるため、先に優位に立った方が勝ちます（双安定）。',
  'two.outcome.degenerate': '係数がちょうど境界上にあります（α₁₂ = {a12}、K₁/K₂ = {k12}、α₂₁ = {a21}、K₂/K₁ = {k21}）。4 つの結果の境目にあたる場合です。',
  'two.present.both': 'この初期値からは、最後まで両方の種が残ります。',
  'two.present.x': 'この初期値からは、種 1 だけが生き残ります。',
  'two.present.y': 'この初期値からは、種 2 だけが生き残ります。',
  'two.present.none': 'この初期値からは、どちらの種も生き残りません。',
  'two.solverProblem': 'ソルバーが途中で止まりました：{message}',
  'ode.alpha': 'Lasso の罰則 α',
  'ode.alphaLs': '0（最小二乗法）',
  'ode.fitting': 'α = {alpha} でモデルを当てはめ直しています…（バックグラウンドで計算するので、ページはそのまま操作できます）',
  'ode.fitMeaning':
    'モデルの当てはまり：1 ステップの R² = {r2}（1 なら、どのシグナルの 1 ステップごとの変化も正確に予測できることを、0 なら各シグナルの平均的な変化を当てるのと変わらないことを意味します）。周波数どうしの影響として考えられる {total} 個のうち、{nz} 個を残しています。α は影響 1 つごとの「コスト」で、α を大きくするほど残る影響は減り、重要なものだけになります。',
  'ode.howSummary': '当てはめの計算方法',
  'ode.howBody':
    'A の各行（と b の対応する成分）は、ある周波数の変化 x_{t+1} − x_t を {d} 個のシグナル x_t すべてで説明する Lasso 回帰で、学習のステップ 0〜{steps} のデータを使います。解き方は座標降下法で、設定は scikit-learn の既定値（反復は最大 1,000 回、許容誤差 10⁻⁴）です。α = 0 は通常の最小二乗法です。R² は {d} 個の周波数の平均です。',
  'ode.howBuilt': 'この α の当てはめは、サイトの構築時に計算しました。',
  'ode.howTimed': 'この α の当てはめは、お使いのブラウザーのバックグラウンドで {ms} ミリ秒かけて計算しました。',
  'ode.notConverged': 'この α では、許容誤差に達する前に反復の上限 1,000 回で計算が止まりました。scikit-learn でも同じ結果になります。',
  'ode.matrixTitle': '相互作用行列 A：{total} 個のうち {nz} 個が非ゼロ（{zero}% がゼロ）',
  'ode.matrixTitleFit': '相互作用行列 A（{fit}）：{total} 個のうち {nz} 個が非ゼロ（{zero}% がゼロ）',
  'ode.matrixDesc': '当てはめた 29 × 29 の行列 A のヒートマップです。行は影響を受ける周波数、列は影響を与える周波数で、青は負、赤は正、白はゼロです。',
  'ode.matrixHelp': '行列にポインターを重ねるか、フォーカスして矢印キーで動かすと係数を読めます。クリックするか Enter キーで編集できます。',
  'ode.target': '影響を受ける周波数 i（行）',
  'ode.source': '影響を与える周波数 j（列）',
  'ode.source.short': '与える側',
  'ode.target.short': '受ける側',
  'ode.survivor': '生き残り',
  'ode.survivorMark': '● は学習の最後に生き残る周波数を示します。',
  'ode.cell': 'A[{i}, {j}] = {v}',
  'ode.sign.pos': '正：S_{j} が大きいほど S_{i} を押し上げます',
  'ode.sign.neg': '負：S_{j} が大きいほど S_{i} を押し下げます',
  'ode.sign.zero': 'ゼロ：S_{j} は S_{i} に直接は影響しません',
  'ode.sign.self.neg': '負：S_{i} は自分自身の伸びを抑えます',
  'ode.sign.self.pos': '正：S_{i} は自分自身の伸びを後押しします',
  'ode.editCoef': '係数 A[i, j]',
  'ode.apply': '適用',
  'ode.clearEdits': '編集をすべて取り消す',
  'ode.edits': 'あなたの編集',
  'ode.noEdits': '編集はありません。曲線は当てはめたモデルそのものです。',
  'ode.editX0': '初期シグナル S_k(0)',
  'ode.frequency': '周波数 k',
  'ode.shown': '表示する周波数',
  'ode.data': 'データ',
  'ode.euler': 'オイラー法による展開',
  'ode.exact': '厳密解',
  'ode.step': '学習ステップ',
  'ode.signal': 'シグナル',
  'ode.r2Step': '1 ステップの R²',
  'ode.r2Path': '展開の R²',
  'ode.fitLasso': 'Lasso α = {alpha}',
  'ode.fitOls': '最小二乗法（α = 0）',
  'ode.fitDesc':
    '選んだ周波数ごとの小さなグラフです。記録されたシグナル、当てはめたモデルのオイラー法による展開、その厳密解を、最初の {steps} ステップについて示します。',
  'ode.stability': 'ẋ = Ax + b の安定性：A の固有値の実部の最大値は {re}（{cls}）です。オイラー法の写像のスペクトル半径は ρ(I + A) = {rho}（{ecls}）です。',
  'ode.cls.stable': '安定',
  'ode.cls.unstable': '不安定：限りなく大きくなります',
  'ode.cls.marginal': '安定と不安定の境目',
  'ode.failed': 'このモデルは解けません：{message}',
  'ode.failedEuler': 'オイラー法による展開に失敗しました：{message}',
  'ode.failedExact': '厳密解の計算に失敗しました：{message}',
  'ode.notice': 'アドレスの設定の一部は使えませんでした：',
  'ode.notice.clamped': '「{raw}」（{kind}）は範囲外だったため、許される最も近い値に直しました。',
  'ode.notice.dropped': '「{raw}」（{kind}）は読み取れなかったため、無視しました。',
  'ode.notice.unknown': '設定「{raw}」はこのウィジェットにはないため、無視しました。',
  'ode.source.hero': 'データ：本サイトのエンジンによる参照実行（p = 59、d = {d}、シード 0）の、周波数 1〜29 のシグナル（ステップ 0〜{steps}）。',
  'ode.source.fixture': 'データ：参照実行の計算が終わるまでの代わりとして、検証用の基準軌道（p = 59、d = {d}、{steps} ステップ）を使っています。',
  'ode.worker': '当てはめはバックグラウンドで動くので、ページは操作できるままです。',
  'ode.tableCaption': 'A の非ゼロ成分',
};

/** Look up a string and fill {placeholders}. */
export const odeT = defineStrings({ en, ja });

/** R² with two decimals (0.999 reads as 1.00, not 1; a failed prediction as —). */
export function r2Text(v: number): string {
  return Number.isFinite(v) ? v.toFixed(2) : '—';
}

/** Numbers as the page writes them (en/ja share Western digits). */
export function fmt(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(2).replace('e', '×10^').replace('^+', '^');
  if (a >= 10 ** digits) return String(Math.round(v));
  const s = v.toPrecision(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

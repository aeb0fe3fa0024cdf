/**
 * The reproduction page's rows: each claim of the paper (as paper.md marks it: [abs] or [code],
 * or plain arithmetic from the setup) beside what our engine measured, how many runs back it,
 * the figure that shows it, and a plain verdict. Sentences are ours; numbers are our engine's.
 */
import type { FigLang } from '../../i18n';
import type { Measured } from '../../analyses/claims';
import { L, int, list, num, pct, sci } from './common';

export type Status = 'agrees' | 'differs' | 'partial' | 'missing' | 'elsewhere' | 'measured';

export interface ClaimRow {
  id: string;
  claim: string;
  source: string;
  ours: string;
  runs: number | null;
  figure: string | null;
  status: Status;
}

export function statusLabel(lang: FigLang, s: Status): string {
  const en: Record<Status, string> = {
    agrees: 'Agrees',
    differs: 'Differs',
    partial: 'Partly computed',
    missing: 'Not computed yet',
    elsewhere: 'See the ODE figures',
    measured: 'Ours only (no paper value to compare)',
  };
  const ja: Record<Status, string> = {
    agrees: '一致',
    differs: '相違あり',
    partial: '一部のみ計算済み',
    missing: '未計算',
    elsewhere: 'ODE の図を参照',
    measured: '私たちの値のみ（比べる論文の値なし）',
  };
  return (lang === 'ja' ? ja : en)[s];
}

const EXPECTED_S0 = Math.sqrt(59 * 128);

export function claimRows(lang: FigLang, m: Measured): { headline: ClaimRow[]; checks: ClaimRow[] } {
  const h = m.hero;
  const dims = m.dimension.points;
  const dimText = dims.map((p) => `d = ${p.d}: ${num(p.mean, 2)} (${p.n})`).join('; ');
  const dimRises = dims.length >= 2 && dims[dims.length - 1]!.mean > dims[0]!.mean;
  // Where ours is less clean than the claim: widths at which the mean fell below the narrower one's.
  const falls = dims.slice(1).flatMap((b, i) => (b.mean < dims[i]!.mean ? [{ a: dims[i]!, b }] : []));
  const dimFalls = falls.map(({ a, b }) => `${a.d} → ${b.d} (${num(a.mean, 3)} → ${num(b.mean, 3)})`);
  const fallsWithinSpread = falls.every(({ a, b }) => a.mean - b.mean < Math.min(a.sd, b.sd));
  const st = m.dimension.settled;
  const g = m.gradient;
  const gAgrees = g ? g.survivors > g.dead : false;
  const c = m.collaboration;

  const headline: ClaimRow[] = [
    {
      id: 'claim-few-survive',
      claim: L(lang, 'At initialisation every Fourier frequency carries a circle-like component; they compete and only a few survive.', '初期化の時点ではすべてのフーリエ周波数が円のような成分を持ち、それらが競い合って、生き残るのはごく一部です。'),
      source: '[abs]',
      ours: h && m.initialSignal
        ? L(lang, `At step 0 every one of the 29 frequencies has a similar signal (${num(m.initialSignal.min)}–${num(m.initialSignal.max)}). After ${int(h.steps)} steps, ${h.circles.length} of 29 are above τ (k = ${list(h.circles)}).`, `ステップ 0 では 29 個の周波数すべてのシグナルが近い値です（${num(m.initialSignal.min)}〜${num(m.initialSignal.max)}）。${int(h.steps)} ステップ後には 29 個のうち ${h.circles.length} 個（k = ${list(h.circles)}）だけが τ を上回ります。`)
        : L(lang, 'The hero run is not computed yet.', '代表的な実行はまだ計算されていません。'),
      runs: h ? 1 : 0,
      figure: 'fig-spectrum',
      status: h ? 'agrees' : 'missing',
    },
    {
      id: 'claim-fittest',
      claim: L(lang, 'Frequencies with a high initial signal and a high initial gradient are more likely to survive.', '初期シグナルと初期勾配が大きい周波数ほど、生き残りやすくなります。'),
      source: '[abs]',
      ours: [
        g ? L(lang, `Mean step-4 gradient: ${sci(g.survivors)} for ${g.nSurvivors} survivors vs ${sci(g.dead)} for ${g.nDead} others.`, `ステップ 4 の勾配の平均：生き残った ${g.nSurvivors} 個で ${sci(g.survivors)}、それ以外の ${g.nDead} 個で ${sci(g.dead)}。`) : L(lang, 'Initial-gradient runs not computed yet.', '初期勾配の実行はまだ計算されていません。'),
        m.empirical.runs ? L(lang, `Correlation of survival rate with initial signal: r = ${num(m.empirical.r, 2)}.`, `生存率と初期シグナルの相関：r = ${num(m.empirical.r, 2)}。`) : L(lang, 'The fixed-embedding (survival-rate) sweep is not computed yet.', '埋め込みを固定したスイープ（生存率）はまだ計算されていません。'),
      ].join(lang === 'ja' ? '' : ' '),
      runs: (g?.runs ?? 0) + m.empirical.runs,
      figure: 'fig-gradient-scatter',
      status: !g && !m.empirical.runs ? 'missing' : !gAgrees ? 'differs' : m.empirical.runs < m.empirical.planned ? 'partial' : m.empirical.r > 0 ? 'agrees' : 'differs',
    },
    {
      id: 'claim-dimension',
      claim: L(lang, 'A larger embedding dimension gives more surviving circles.', '埋め込み次元が大きいほど、生き残る円が増えます。'),
      source: '[abs]',
      ours: dims.length
        ? L(lang, `Mean circles per run (runs): ${dimText}.`, `1 回の実行あたりの円の数の平均（実行数）：${dimText}。`) +
          (dimFalls.length
            ? L(lang, ` The rise is not steady: the mean falls at d = ${dimFalls.join(', d = ')}`, `増え方は一様ではなく、d = ${dimFalls.join('、d = ')} では平均が下がります`) +
              (fallsWithinSpread ? L(lang, ', each fall smaller than one standard deviation of the runs.', '（どれも実行ごとの標準偏差より小さな差です）。') : L(lang, '.', '。'))
            : '') +
          L(lang, ` In ${st.settled} of ${st.total} runs the survivors were fixed by step ${int(st.by)}.`, `${st.total} 回のうち ${st.settled} 回で、ステップ ${int(st.by)} までに生き残る円が決まっていました。`)
        : L(lang, 'The dimension sweep is not computed yet.', '次元のスイープはまだ計算されていません。'),
      runs: m.dimension.runs,
      figure: 'fig-circles-vs-dim',
      status: !dims.length ? 'missing' : dims.length < 2 ? 'partial' : !dimRises ? 'differs' : m.dimension.runs < m.dimension.planned ? 'partial' : 'agrees',
    },
    {
      id: 'claim-linear-ode',
      claim: L(lang, "A set of linear differential equations describes the circles' dynamics well.", '円の動きは、線形の微分方程式の組でよく記述できます。'),
      source: '[abs]',
      ours: L(lang, 'Fitted and rolled out on the site’s ODE figures, from our engine’s first 1,000 steps.', 'サイトの ODE の図で、私たちのエンジンの最初の 1,000 ステップに当てはめ、展開しています。'),
      runs: null,
      figure: 'fig-ode-fit',
      status: 'elsewhere',
    },
  ];

  const checks: ClaimRow[] = [
    {
      id: 'check-initial-signal',
      claim: L(lang, `At initialisation Sₖ ≈ √(p·d) ≈ ${num(EXPECTED_S0)} for p = 59, d = 128 (follows from E ~ N(0, 1)).`, `初期化時には Sₖ ≈ √(p·d) ≈ ${num(EXPECTED_S0)}（p = 59、d = 128。E ~ N(0, 1) から導かれます）。`),
      source: L(lang, 'setup', '設定から'),
      ours: m.initialSignal ? L(lang, `Mean ${num(m.initialSignal.mean)}, SD ${num(m.initialSignal.sd, 2)}, range ${num(m.initialSignal.min)}–${num(m.initialSignal.max)} over ${m.initialSignal.runs} run(s) × 29 frequencies.`, `平均 ${num(m.initialSignal.mean)}、標準偏差 ${num(m.initialSignal.sd, 2)}、範囲 ${num(m.initialSignal.min)}〜${num(m.initialSignal.max)}（${m.initialSignal.runs} 回の実行 × 29 周波数）。`) : '—',
      runs: m.initialSignal?.runs ?? 0,
      figure: 'fig-spectrum',
      status: !m.initialSignal ? 'missing' : Math.abs(m.initialSignal.mean - EXPECTED_S0) < 3 ? 'agrees' : 'differs',
    },
    {
      id: 'check-mirror',
      claim: L(lang, 'Sₖ = S_{p−k}, so frequencies k and p − k are one circle and circles are reported as k ≤ 29.', 'Sₖ = S_{p−k} なので、周波数 k と p − k は同じ円であり、円は k ≤ 29 で表します。'),
      source: '[code]',
      ours: m.mirrorError !== null ? L(lang, `Largest relative difference on the final embedding: ${sci(m.mirrorError)} (float rounding).`, `最終埋め込みでの相対差の最大値：${sci(m.mirrorError)}（浮動小数点の丸め誤差）。`) : '—',
      runs: m.mirrorError !== null ? 1 : 0,
      figure: 'fig-circle-planes',
      status: m.mirrorError === null ? 'missing' : m.mirrorError < 1e-6 ? 'agrees' : 'differs',
    },
    {
      id: 'check-count',
      claim: L(lang, 'Only a few of the 29 frequencies end as circles (p = 59, d = 128, weight decay 0.5).', '29 個の周波数のうち、最後に円として残るのはごく一部です（p = 59、d = 128、重み減衰 0.5）。'),
      source: '[abs]',
      ours: m.circlesD128 ? L(lang, `Circles per run at d = 128: ${m.circlesD128.counts.join(', ')}. The paper's own count per run was not available to us, so we cannot say whether ours matches it exactly.`, `d = 128 での 1 回の実行あたりの円の数：${m.circlesD128.counts.join('、')}。論文の実行ごとの数は手元にないため、厳密に一致するかどうかは言えません。`) : '—',
      runs: m.circlesD128?.runs ?? 0,
      figure: 'fig-circles-vs-dim',
      status: m.circlesD128 ? 'measured' : 'missing',
    },
    {
      id: 'check-speed',
      claim: L(lang, 'Training fits the training set quickly and then generalises (the paper’s exact timings were not available to us).', '学習は訓練データにすぐ適合し、その後に汎化します（論文の正確なタイミングは手元にありません）。'),
      source: '—',
      ours: h ? L(lang, `Train accuracy 100% at step ${h.trainAcc1 ?? '—'}; test accuracy ≥ 99% at step ${h.testAcc99 ?? '—'}; test loss at step 5,000: ${h.testLossAt5k === null ? '—' : sci(h.testLossAt5k)}.`, `訓練正解率 100% はステップ ${h.trainAcc1 ?? '—'}、テスト正解率 99% 以上はステップ ${h.testAcc99 ?? '—'}、ステップ 5,000 でのテスト損失は ${h.testLossAt5k === null ? '—' : sci(h.testLossAt5k)} です。`) : '—',
      runs: h ? 1 : 0,
      figure: 'fig-signal-evolution',
      status: h ? 'measured' : 'missing',
    },
    {
      id: 'check-settle',
      claim: L(lang, 'The set of survivors is decided early; the losers shrink under weight decay to a low plateau.', '生き残る組は早い段階で決まり、負けた周波数は重み減衰で小さな値まで縮みます。'),
      source: L(lang, 'mechanism ([code]: decay 0.995 per step)', '仕組み（[code]：1 ステップごとに 0.995 倍の減衰）'),
      ours: h ? L(lang, `Survivor set fixed from step ${h.settled === null ? '—' : int(h.settled)}; at step ${int(h.steps)} survivors have S = ${num(h.survivorRange[0])}–${num(h.survivorRange[1])}, the others ${num(h.loserRange[0])}–${num(h.loserRange[1])}.`, `生き残る組はステップ ${h.settled === null ? '—' : int(h.settled)} 以降固定です。ステップ ${int(h.steps)} で生き残ったものは S = ${num(h.survivorRange[0])}〜${num(h.survivorRange[1])}、それ以外は ${num(h.loserRange[0])}〜${num(h.loserRange[1])} です。`) : '—',
      runs: h ? 1 : 0,
      figure: 'fig-signal-evolution',
      status: h ? 'agrees' : 'missing',
    },
    {
      id: 'check-geometry',
      claim: L(lang, 'Surviving frequencies form clean circles: |Re Êₖ| = |Im Êₖ|, Re ⟂ Im, and different circles lie in orthogonal planes.', '生き残った周波数はきれいな円になります。|Re Êₖ| = |Im Êₖ|、Re ⟂ Im で、異なる円は直交する平面にあります。'),
      source: L(lang, 'geometry of the FFT plane', 'FFT 平面の幾何'),
      ours: m.geometry ? L(lang, `Final embedding: |Re|/|Im| within ${pct(m.geometry.ratio)} of 1 (rounded), largest |cos(Re, Im)| ${num(m.geometry.cosReIm, 2)}, largest |cos| between planes ${num(m.geometry.cosPlanes, 2)}.`, `最終埋め込み：|Re|/|Im| と 1 の差は最大 ${pct(m.geometry.ratio)}（丸め）、|cos(Re, Im)| の最大は ${num(m.geometry.cosReIm, 2)}、平面どうしの |cos| の最大は ${num(m.geometry.cosPlanes, 2)}。`) : '—',
      runs: m.geometry ? 1 : 0,
      figure: 'fig-circle-planes',
      status: !m.geometry ? 'missing' : m.geometry.ratio < 0.05 && m.geometry.cosReIm < 0.05 && m.geometry.cosPlanes < 0.05 ? 'agrees' : 'differs',
    },
    {
      id: 'check-precision',
      claim: L(lang, 'The authors train in float64.', '著者らは float64 で学習させています。'),
      source: '[code]',
      ours: L(lang, 'Our engine runs in float32 (browsers have no float64 tensors); we have not compared against a float64 run here.', '私たちのエンジンは float32 で動きます（ブラウザーには float64 のテンソルがありません）。ここでは float64 の実行とは比べていません。'),
      runs: null,
      figure: null,
      status: 'differs',
    },
    {
      id: 'check-gradient',
      claim: L(lang, 'Frequencies that survive had a higher initial gradient g⁽⁴⁾ than those that died.', '生き残る周波数は、消える周波数よりも初期勾配 g⁽⁴⁾ が大きい傾向があります。'),
      source: '[abs], [code]',
      ours: g ? L(lang, `g⁽⁴⁾ ranges from ${sci(g.min)} to ${sci(g.max)}; mean ${sci(g.survivors)} (survivors) vs ${sci(g.dead)} (died).`, `g⁽⁴⁾ は ${sci(g.min)} から ${sci(g.max)} の範囲で、平均は生き残ったもので ${sci(g.survivors)}、消えたもので ${sci(g.dead)} です。`) : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: g?.runs ?? 0,
      figure: 'fig-gradient-hist',
      status: !g ? 'missing' : gAgrees ? 'agrees' : 'differs',
    },
    {
      id: 'check-perturbation',
      claim: L(lang, "Raising one frequency's initial signal above the others raises its chance of survival.", 'ある周波数の初期シグナルをほかより大きくすると、その周波数が生き残る見込みが高まります。'),
      source: '[abs], [code]',
      ours: m.perturbation.runs ? m.perturbation.rates.map((r) => `α = ${r.alpha}: ${pct(r.rate)}`).join(', ') : L(lang, 'The perturbation sweep is not computed yet.', '摂動のスイープはまだ計算されていません。'),
      runs: m.perturbation.runs,
      figure: 'fig-perturbation',
      status: !m.perturbation.runs ? 'missing' : m.perturbation.runs < m.perturbation.planned ? 'partial' : 'measured',
    },
    {
      id: 'check-collaboration',
      claim: L(lang, 'Keeping a single surviving circle gives a higher loss than keeping two or three together.', '生き残った円を 1 つだけ残すと、2 つや 3 つを一緒に残すより損失が大きくなります。'),
      source: '[code]',
      ours: c ? L(lang, `Lowest loss over all pairs: ${num(c.one)} with one circle, ${num(c.two)} with two, ${sci(c.three)} with three (all survivors: ${sci(c.all)}).`, `全組での最小の損失：円 1 つで ${num(c.one)}、2 つで ${num(c.two)}、3 つで ${sci(c.three)}（生き残ったものすべてで ${sci(c.all)}）。`) : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: c ? 1 : 0,
      figure: 'fig-collaboration',
      status: !c ? 'missing' : c.one > c.two && c.two > c.three ? 'agrees' : 'differs',
    },
    {
      id: 'check-frozen',
      claim: L(lang, 'Frozen random embedding: how well the MLP alone learns, by dimension (paper’s design; its values were not available to us).', '凍結したランダム埋め込み：MLP だけでどこまで学習できるか（次元別。論文の設計で、値は手元にありません）。'),
      source: '[code]',
      ours: m.frozenRuns.runs ? L(lang, `${m.frozenRuns.runs} of ${m.frozenRuns.planned} runs computed; see the figure.`, `${m.frozenRuns.planned} 回のうち ${m.frozenRuns.runs} 回を計算済みです。図をご覧ください。`) : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: m.frozenRuns.runs,
      figure: 'fig-frozen-embedding',
      status: !m.frozenRuns.runs ? 'missing' : m.frozenRuns.runs < m.frozenRuns.planned ? 'partial' : 'measured',
    },
    {
      id: 'check-construction',
      claim: L(lang, 'Of two planted candidates, the stronger one survives more often as the gap between them grows.', '植え込んだ 2 つの候補のうち、差が大きいほど強い方が生き残りやすくなります。'),
      source: '[code] (design)',
      ours: m.constructionRuns.runs ? L(lang, `${m.constructionRuns.runs} of ${m.constructionRuns.planned} runs computed; see the figure.`, `${m.constructionRuns.planned} 回のうち ${m.constructionRuns.runs} 回を計算済みです。図をご覧ください。`) : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: m.constructionRuns.runs,
      figure: 'fig-construction',
      status: !m.constructionRuns.runs ? 'missing' : m.constructionRuns.runs < m.constructionRuns.planned ? 'partial' : 'measured',
    },
  ];
  return { headline, checks };
}

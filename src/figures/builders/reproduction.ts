/**
 * The reproduction page's rows: each claim of the paper (as paper.md marks it: [abs] or [code],
 * or plain arithmetic from the setup) beside what our engine measured, how many runs back it,
 * the figure that shows it, and a plain verdict. Sentences are ours; numbers are our engine's.
 */
import type { Measured, NoDecay } from '../analyses/claims';
import type { Interval, Verdict } from '../analyses/intervals';
import { L, int, list, minus, num, pct, sci } from './common';
import type { Lang } from '../../i18n/languages';

/**
 * A row's verdict. Directional claims: "same-direction" only when the 95 % interval of the effect
 * excludes no effect, "contradicts" when it excludes the paper's direction, "inconclusive"
 * otherwise (claim-stats.ts). "matches": an equality whose interval lies within its tolerance.
 */
export type Status = Verdict | 'matches' | 'differs' | 'missing' | 'elsewhere' | 'measured';

export interface ClaimRow {
  id: string;
  claim: string;
  source: string;
  ours: string;
  /** Distinct runs behind the row (each counted once). */
  runs: number | null;
  /** The effect and its 95 % interval, as printed ("0.25 [−0.12, 0.59]"); one per statistic. */
  effects: string[];
  figure: string | null;
  status: Status;
}

const runsEn = (n: number) => (n === 1 ? '1 run' : `${int(n)} runs`);

export function statusLabel(lang: Lang, s: Status, runs: number | null = null): string {
  const en: Record<Status, string> = {
    'same-direction': 'Same direction',
    inconclusive: 'Inconclusive',
    contradicts: 'Contradicts the paper',
    matches: 'Matches within ±5 %',
    differs: 'Differs',
    missing: 'Not computed yet',
    elsewhere: 'See the ODE figures',
    measured: 'Ours only (no paper value to compare)',
  };
  const ja: Record<Status, string> = {
    'same-direction': '論文と同じ向き',
    inconclusive: '判定できない',
    contradicts: '論文と逆向き',
    matches: '±5 % 以内で一致',
    differs: '相違あり',
    missing: '未計算',
    elsewhere: 'ODE の図を参照',
    measured: '私たちの値のみ（比べる論文の値なし）',
  };
  const base = (lang === 'ja' ? ja : en)[s];
  // The verdicts that rest on runs say on how many.
  if (runs === null || s === 'missing' || s === 'elsewhere' || s === 'differs') return base;
  return lang === 'ja'
    ? s === 'measured'
      ? base.replace('）', `、実行 ${int(runs)} 回）`)
      : `${base}（実行 ${int(runs)} 回）`
    : s === 'measured'
      ? base.replace(')', `; ${runsEn(runs)})`)
      : `${base} (${runsEn(runs)})`;
}

/** "0.25 [−0.12, 0.59]": the estimate and its 95 % interval, with a format for the scale. */
export function effectText(iv: Interval, f: (x: number) => string = (x) => num(x, 2)): string {
  if (!Number.isFinite(iv.estimate)) return '—';
  return Number.isFinite(iv.lo) ? `${f(iv.estimate)} [${f(iv.lo)}, ${f(iv.hi)}]` : `${f(iv.estimate)} [—]`;
}

const methodName = (lang: Lang, iv: Interval): string =>
  iv.method === 'wilson'
    ? L(lang, 'Wilson interval', 'ウィルソン区間')
    : iv.method === 'newcombe'
      ? L(lang, 'Newcombe’s interval for a difference of rates', '率の差に対するニューカムの区間')
      : iv.resampled === 'points'
        ? L(lang, 'bootstrap over (embedding, frequency) points, fixed seed', '（埋め込み、周波数）の組を単位とするブートストラップ、シード固定')
        : iv.resampled === 'twin-groups'
          ? L(
              lang,
              'bootstrap over (embedding, seed) groups, each twin kept with its nudged runs, fixed seed',
              '（埋め込み、シード）の組を単位とするブートストラップ（対照は押した実行と一緒に抽出）、シード固定',
            )
          : L(lang, 'bootstrap over runs, fixed seed', '実行単位のブートストラップ、シード固定');

/** "(95 % CI a to b; method)" after an effect in a sentence. */
const ci = (lang: Lang, iv: Interval, f: (x: number) => string = (x) => num(x, 2)): string =>
  Number.isFinite(iv.lo)
    ? L(lang, ` (95 % interval ${f(iv.lo)} to ${f(iv.hi)}; ${methodName(lang, iv)})`, `（95 % 区間 ${f(iv.lo)}〜${f(iv.hi)}、${methodName(lang, iv)}）`)
    : L(lang, ' (too few runs for an interval)', '（区間を出すには実行が少なすぎます）');

const signed = (x: number, digits = 2) => (x > 0 ? '+' : '') + num(x, digits);
const points = (x: number) => `${signed(Math.round(x * 100), 3)}`;

const EXPECTED_S0 = Math.sqrt(59 * 128);

/** " (n of m planned runs)" when a sweep is only partly computed. */
const partly = (lang: Lang, runs: number, planned: number) =>
  runs < planned ? L(lang, ` (${runs} of the ${planned} planned runs)`, `（予定の ${planned} 回のうち ${runs} 回）`) : '';

/**
 * "no circle in 4 of 4 runs, …, final test accuracy 2–4 %": the weight-decay runs without any
 * decay, which the sweep's correlation leaves out because they are another regime.
 */
export function noDecayText(lang: Lang, n: NoDecay): string {
  if (!n.runs) return L(lang, 'not computed yet', '未計算');
  const none = n.circles.filter((c) => c === 0).length;
  const span = ([a, b]: [number, number]) => (pct(a) === pct(b) ? pct(a) : `${pct(a)}–${pct(b)}`);
  return L(
    lang,
    `no circle in ${none} of ${n.runs} runs (circles per run: ${n.circles.join(', ')}), final accuracy ${span(n.trainAcc)} on the training pairs and ${span(n.testAcc)} on the test pairs`,
    `${n.runs} 回中 ${none} 回で円なし（実行ごとの円の数：${n.circles.join('、')}）、最終的な正解率は訓練用の組で ${span(n.trainAcc)}、テスト用の組で ${span(n.testAcc)}`,
  );
}

/**
 * One row for a sweep of a setting the paper does not report on (weight decay, the modulus): how many
 * runs exist, and the correlation of the setting with each run's circle count.
 */
function sweepRow(
  lang: Lang,
  o: {
    id: string;
    figure: string;
    setting: [string, string];
    each: [string, string];
    sweep: { runs: number; planned: number };
    corr: Interval;
    corrOf: [string, string];
    per: [string, string];
    before?: [string, string];
  },
): ClaimRow {
  const { runs, planned } = o.sweep;
  const r = `r = ${num(o.corr.estimate, 2)}`;
  return {
    id: o.id,
    claim: L(
      lang,
      `${o.setting[0]}, varied: how many circles survive ${o.each[0]} (the authors’ code sweeps it; its results were not available to us).`,
      `${o.setting[1]}を変える：${o.each[1]}生き残る円の数（著者らのコードにはこのスイープがありますが、結果は手元にありません）。`,
    ),
    source: '[code]',
    ours: runs
      ? minus(
          L(
            lang,
            `${runs} of ${planned} runs computed. ${o.before?.[0] ?? ''}${o.corrOf[0]} with each run’s circles: ${r}${ci(lang, o.corr)}; see the figure for each ${o.per[0]}.`,
            `${planned} 回のうち ${runs} 回を計算済みです。${o.before?.[1] ?? ''}${o.corrOf[1]}と実行ごとの円の数の相関は ${r} です${ci(lang, o.corr)}。${o.per[1]}ごとの結果は図をご覧ください。`,
          ),
        )
      : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
    runs,
    effects: runs ? [`r = ${effectText(o.corr)}`] : [],
    figure: o.figure,
    status: runs ? 'measured' : 'missing',
  };
}

export function claimRows(lang: Lang, m: Measured): { headline: ClaimRow[]; checks: ClaimRow[] } {
  const h = m.hero;
  const st = m.stats;
  const dims = m.dimension.points;
  const dimText = dims.map((p) => `d = ${p.d}: ${num(p.mean, 2)} (${p.n})`).join('; ');
  // Where ours is less clean than the claim: widths at which the mean fell below the narrower one's.
  const falls = dims.slice(1).flatMap((b, i) => (b.mean < dims[i]!.mean ? [{ a: dims[i]!, b }] : []));
  const dimFalls = falls.map(({ a, b }) => `${a.d} → ${b.d} (${num(a.mean, 3)} → ${num(b.mean, 3)})`);
  const fallsWithinSpread = falls.every(({ a, b }) => a.mean - b.mean < Math.min(a.sd, b.sd));
  const settledBy = m.dimension.settled;
  const g = m.gradient;
  const c = m.collaboration;
  const few = st.fewSurvive;
  const pe = st.perturbation;
  const co = st.construction;
  const sc = (x: number) => sci(x);

  const headline: ClaimRow[] = [
    {
      id: 'claim-few-survive',
      claim: L(
        lang,
        'At initialisation every Fourier frequency carries a circle-like component; they compete and only a few survive.',
        '初期化の時点ではすべてのフーリエ周波数が円のような成分を持ち、それらが競い合って、生き残るのはごく一部です。',
      ),
      source: '[abs]',
      ours:
        few.runs && m.circlesD128 && m.initialSignal
          ? L(
              lang,
              `At step 0 all 29 frequencies have a similar signal (${num(m.initialSignal.min)}–${num(m.initialSignal.max)}). At the end, the share of the 29 that are circles, averaged over ${runsEn(few.runs)} at d = 128, is ${pct(few.effect.estimate)}${ci(lang, few.effect, pct)}; we read “a few” as fewer than half. Circles per run: ${m.circlesD128.counts.join(', ')}${h ? ` (the main run, seed 0, has ${h.circles.length}: k = ${list(h.circles)})` : ''}.`,
              `ステップ 0 では 29 個の周波数すべてのシグナルが近い値です（${num(m.initialSignal.min)}〜${num(m.initialSignal.max)}）。最後に円として残る割合は、d = 128 の ${few.runs} 回の実行の平均で ${pct(few.effect.estimate)} です${ci(lang, few.effect, pct)}。「ごく一部」を「半分未満」と読んで判定しています。実行ごとの円の数：${m.circlesD128.counts.join('、')}${h ? `（主な実行、シード 0 では ${h.circles.length} 個：k = ${list(h.circles)}）` : ''}。`,
            )
          : L(lang, 'The runs at d = 128 are not computed yet.', 'd = 128 の実行はまだ計算されていません。'),
      runs: few.runs,
      effects: few.runs ? [effectText(few.effect, pct)] : [],
      figure: 'fig-spectrum',
      status: few.runs ? few.verdict : 'missing',
    },
    {
      id: 'claim-fittest',
      claim: L(
        lang,
        'Frequencies with a high initial signal and a high initial gradient are more likely to survive.',
        '初期シグナルと初期勾配が大きい周波数ほど、生き残りやすくなります。',
      ),
      source: '[abs]',
      ours: [
        st.signal.runs
          ? L(
              lang,
              `Signal: over ${runsEn(st.signal.runs)} with fixed embeddings${partly(lang, m.empirical.runs, m.empirical.planned)}, the correlation of each frequency’s survival rate with its initial signal (${st.signal.points} frequencies) is r = ${num(st.signal.effect.estimate, 2)}${ci(lang, st.signal.effect)}.`,
              `シグナル：埋め込みを固定した ${st.signal.runs} 回の実行${partly(lang, m.empirical.runs, m.empirical.planned)}で、各周波数の生存率と初期シグナルの相関（${st.signal.points} 個の周波数）は r = ${num(st.signal.effect.estimate, 2)} です${ci(lang, st.signal.effect)}。`,
            )
          : L(lang, 'The fixed-embedding (survival-rate) sweep is not computed yet.', '埋め込みを固定したスイープ（生存率）はまだ計算されていません。'),
        st.gradient.runs
          ? L(
              lang,
              `Gradient: over ${runsEn(st.gradient.runs)}, survivors’ mean step-4 gradient exceeds the others’ by ${sc(st.gradient.effect.estimate)}${ci(lang, st.gradient.effect, sc)}.`,
              `勾配：${st.gradient.runs} 回の実行で、ステップ 4 の勾配の平均は生き残ったもののほうが ${sc(st.gradient.effect.estimate)} 大きくなっています${ci(lang, st.gradient.effect, sc)}。`,
            )
          : L(lang, 'Initial-gradient runs not computed yet.', '初期勾配の実行はまだ計算されていません。'),
        L(
          lang,
          `Both halves must point the paper’s way for the verdict; the ${st.fittest.runs} distinct runs are counted once.`,
          `判定には両方が論文と同じ向きであることを求めます。実行は重複を除いて ${st.fittest.runs} 回と数えています。`,
        ),
      ].join(lang === 'ja' ? '' : ' '),
      runs: st.fittest.runs,
      effects: [st.signal.runs ? `r = ${effectText(st.signal.effect)}` : '', st.gradient.runs ? `Δg⁽⁴⁾ = ${effectText(st.gradient.effect, sc)}` : ''].filter(
        Boolean,
      ),
      figure: 'fig-gradient-scatter',
      status: !st.signal.runs && !st.gradient.runs ? 'missing' : st.fittest.verdict,
    },
    {
      id: 'claim-dimension',
      claim: L(lang, 'A larger embedding dimension gives more surviving circles.', '埋め込み次元が大きいほど、生き残る円が増えます。'),
      source: '[abs]',
      ours: dims.length
        ? L(lang, `Mean circles per run (runs): ${dimText}.`, `1 回の実行あたりの円の数の平均（実行数）：${dimText}。`) +
          (dimFalls.length
            ? L(
                lang,
                ` The rise is not steady: the mean falls at d = ${dimFalls.join(', d = ')}`,
                `増え方は一様ではなく、d = ${dimFalls.join('、d = ')} では平均が下がります`,
              ) +
              (fallsWithinSpread
                ? L(lang, ', each fall smaller than one standard deviation of the runs.', '（どれも実行ごとの標準偏差より小さな差です）。')
                : L(lang, '.', '。'))
            : '') +
          L(
            lang,
            ` Correlation of log₂ d with the circles of each run: r = ${num(st.dimension.effect.estimate, 2)}${ci(lang, st.dimension.effect)}${partly(lang, m.dimension.runs, m.dimension.planned)}.`,
            `log₂ d と実行ごとの円の数の相関は r = ${num(st.dimension.effect.estimate, 2)} です${ci(lang, st.dimension.effect)}${partly(lang, m.dimension.runs, m.dimension.planned)}。`,
          ) +
          L(
            lang,
            ` In ${settledBy.settled} of ${settledBy.total} runs the survivors were fixed by step ${int(settledBy.by)}.`,
            `${settledBy.total} 回のうち ${settledBy.settled} 回で、ステップ ${int(settledBy.by)} までに生き残る円が決まっていました。`,
          )
        : L(lang, 'The dimension sweep is not computed yet.', '次元のスイープはまだ計算されていません。'),
      runs: m.dimension.runs,
      effects: dims.length ? [`r = ${effectText(st.dimension.effect)}`] : [],
      figure: 'fig-circles-vs-dim',
      status: !dims.length ? 'missing' : st.dimension.verdict,
    },
    {
      id: 'claim-linear-ode',
      claim: L(lang, "A set of linear differential equations describes the circles' dynamics well.", '円の動きは、線形の微分方程式の組でよく記述できます。'),
      source: '[abs]',
      ours: L(
        lang,
        'Fitted and rolled out on the site’s ODE figures, from our engine’s first 1,000 steps of one run; no interval is computed here.',
        'サイトの ODE の図で、私たちのエンジンの 1 回の実行の最初の 1,000 ステップに当てはめ、展開しています。ここでは区間を計算していません。',
      ),
      runs: null,
      effects: [],
      figure: 'fig-ode-fit',
      status: 'elsewhere',
    },
  ];

  const init = st.initialSignal;
  const relPct = (x: number) => `${signed(x * 100)} %`;
  const checks: ClaimRow[] = [
    {
      id: 'check-initial-signal',
      claim: L(
        lang,
        `At initialisation Sₖ ≈ √(p·d) ≈ ${num(EXPECTED_S0)} for p = 59, d = 128 (follows from E ~ N(0, 1)).`,
        `初期化時には Sₖ ≈ √(p·d) ≈ ${num(EXPECTED_S0)}（p = 59、d = 128。E ~ N(0, 1) から導かれます）。`,
      ),
      source: L(lang, 'setup', '設定から'),
      ours: m.initialSignal
        ? L(
            lang,
            `Mean ${num(m.initialSignal.mean)}, SD ${num(m.initialSignal.sd, 2)}, range ${num(m.initialSignal.min)}–${num(m.initialSignal.max)} over ${runsEn(m.initialSignal.runs)} × 29 frequencies. Mean relative to √(p·d): ${relPct(init.effect.estimate)}${ci(lang, init.effect, relPct)}; it matches when the whole interval lies within ±${init.tolerance * 100} %.`,
            `平均 ${num(m.initialSignal.mean)}、標準偏差 ${num(m.initialSignal.sd, 2)}、範囲 ${num(m.initialSignal.min)}〜${num(m.initialSignal.max)}（${m.initialSignal.runs} 回の実行 × 29 周波数）。√(p·d) に対する平均のずれは ${relPct(init.effect.estimate)} です${ci(lang, init.effect, relPct)}。区間全体が ±${init.tolerance * 100} % に収まれば一致とします。`,
          )
        : '—',
      runs: init.runs,
      effects: init.runs ? [effectText(init.effect, relPct)] : [],
      figure: 'fig-spectrum',
      status: !m.initialSignal ? 'missing' : init.verdict,
    },
    {
      id: 'check-settle',
      claim: L(
        lang,
        'The survivors are decided early: in most runs the set of circles stops changing well before training ends (here, by two thirds of the run).',
        '生き残る円は早い段階で決まります。ほとんどの実行で、円の組は学習の終わりよりずっと前（ここでは実行の 3 分の 2 まで）に変わらなくなります。',
      ),
      source: L(lang, 'mechanism ([code]: decay 0.995 per step)', '仕組み（[code]：1 ステップごとに 0.995 倍の減衰）'),
      ours: st.settled.runs
        ? L(
            lang,
            `In ${st.settled.settled} of ${runsEn(st.settled.runs)} (the main run and every sweep whose embedding trains), the survivor set no longer changed after two thirds of the run: ${pct(st.settled.effect.estimate)}${ci(lang, st.settled.effect, pct)}; “most” means more than half.${h?.settled != null ? ` The main run’s set is fixed from step ${int(h.settled)}.` : ''}`,
            `${st.settled.runs} 回の実行（主な実行と、埋め込みを学習させるすべてのスイープ）のうち ${st.settled.settled} 回で、実行の 3 分の 2 を過ぎてからは生き残る組が変わりませんでした。割合は ${pct(st.settled.effect.estimate)} です${ci(lang, st.settled.effect, pct)}。「ほとんど」は半分より多いことと読んでいます。${h?.settled != null ? `主な実行の組はステップ ${int(h.settled)} 以降固定です。` : ''}`,
          )
        : '—',
      runs: st.settled.runs,
      effects: st.settled.runs ? [effectText(st.settled.effect, pct)] : [],
      figure: 'fig-signal-evolution',
      status: st.settled.runs ? st.settled.verdict : 'missing',
    },
    {
      id: 'check-speed',
      claim: L(
        lang,
        'Training fits the training set quickly and then generalises (the paper’s exact timings were not available to us).',
        '学習は訓練データにすぐ適合し、その後に汎化します（論文の正確なタイミングは手元にありません）。',
      ),
      source: '—',
      ours: h
        ? L(
            lang,
            `Main run: train accuracy 100% at step ${h.trainAcc1 ?? '—'}; test accuracy ≥ 99% at step ${h.testAcc99 ?? '—'}; test loss at step 5,000: ${h.testLossAt5k === null ? '—' : sci(h.testLossAt5k)}.`,
            `主な実行：訓練正解率 100% はステップ ${h.trainAcc1 ?? '—'}、テスト正解率 99% 以上はステップ ${h.testAcc99 ?? '—'}、ステップ 5,000 でのテスト損失は ${h.testLossAt5k === null ? '—' : sci(h.testLossAt5k)} です。`,
          ) +
          (st.testAcc99.n > 1
            ? L(
                lang,
                ` Over ${runsEn(st.testAcc99.n)} at d = 128 (the sweeps are logged every 50 steps after step 10), test accuracy first reached 99% at step ${int(st.testAcc99.estimate)} on average${ci(lang, st.testAcc99, int)}.`,
                `d = 128 の ${st.testAcc99.n} 回の実行（スイープはステップ 10 以降 50 ステップごとに記録）では、テスト正解率が初めて 99% に達したのは平均でステップ ${int(st.testAcc99.estimate)} です${ci(lang, st.testAcc99, int)}。`,
              )
            : '')
        : '—',
      runs: st.testAcc99.n || (h ? 1 : 0),
      effects: st.testAcc99.n > 1 ? [effectText(st.testAcc99, int)] : [],
      figure: 'fig-signal-evolution',
      status: h ? 'measured' : 'missing',
    },
    {
      id: 'check-geometry',
      claim: L(
        lang,
        'Surviving frequencies form clean circles: |Re Êₖ| = |Im Êₖ|, Re ⟂ Im, and different circles lie in orthogonal planes.',
        '生き残った周波数はきれいな円になります。|Re Êₖ| = |Im Êₖ|、Re ⟂ Im で、異なる円は直交する平面にあります。',
      ),
      source: L(lang, 'geometry of the FFT plane', 'FFT 平面の幾何'),
      ours: m.geometry
        ? L(
            lang,
            `Final embedding of the main run: |Re|/|Im| within ${pct(m.geometry.ratio)} of 1 (rounded), largest |cos(Re, Im)| ${num(m.geometry.cosReIm, 2)}, largest |cos| between planes ${num(m.geometry.cosPlanes, 2)}. Only this run keeps its final embedding, so there is no interval and no verdict.`,
            `主な実行の最終埋め込み：|Re|/|Im| と 1 の差は最大 ${pct(m.geometry.ratio)}（丸め）、|cos(Re, Im)| の最大は ${num(m.geometry.cosReIm, 2)}、平面どうしの |cos| の最大は ${num(m.geometry.cosPlanes, 2)}。最終埋め込みを残しているのはこの実行だけなので、区間も判定も出せません。`,
          )
        : '—',
      runs: m.geometry ? 1 : 0,
      effects: [],
      figure: 'fig-circle-planes',
      status: m.geometry ? 'inconclusive' : 'missing',
    },
    {
      id: 'check-precision',
      claim: L(lang, 'The authors train in float64.', '著者らは float64 で学習させています。'),
      source: '[code]',
      ours: L(
        lang,
        'Our engine runs in float32 (browsers have no float64 tensors); we have not compared against a float64 run here.',
        '私たちのエンジンは float32 で動きます（ブラウザーには float64 のテンソルがありません）。ここでは float64 の実行とは比べていません。',
      ),
      runs: null,
      effects: [],
      figure: null,
      status: 'differs',
    },
    {
      id: 'check-gradient',
      claim: L(
        lang,
        'Frequencies that survive had a higher initial gradient g⁽⁴⁾ than those that died.',
        '生き残る周波数は、消える周波数よりも初期勾配 g⁽⁴⁾ が大きい傾向があります。',
      ),
      source: '[abs], [code]',
      ours: g
        ? L(
            lang,
            `g⁽⁴⁾ ranges from ${sci(g.min)} to ${sci(g.max)}; mean ${sci(g.survivors)} (${g.nSurvivors} survivors) vs ${sci(g.dead)} (${g.nDead} died) over ${runsEn(st.gradient.runs)}; difference ${sc(st.gradient.effect.estimate)}${ci(lang, st.gradient.effect, sc)}.`,
            `g⁽⁴⁾ は ${sci(g.min)} から ${sci(g.max)} の範囲です。${st.gradient.runs} 回の実行で、平均は生き残ったもの（${g.nSurvivors} 個）で ${sci(g.survivors)}、消えたもの（${g.nDead} 個）で ${sci(g.dead)}、差は ${sc(st.gradient.effect.estimate)} です${ci(lang, st.gradient.effect, sc)}。`,
          )
        : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: st.gradient.runs,
      effects: st.gradient.runs ? [effectText(st.gradient.effect, sc)] : [],
      figure: 'fig-gradient-hist',
      status: !g ? 'missing' : st.gradient.verdict,
    },
    {
      id: 'check-perturbation',
      claim: L(
        lang,
        "Raising one frequency's initial signal above the others raises its chance of survival.",
        'ある周波数の初期シグナルをほかより大きくすると、その周波数が生き残る見込みが高まります。',
      ),
      source: '[abs], [code]',
      ours: pe.runs
        ? L(
            lang,
            `Each nudged run has an untouched twin (same embedding and seed, α = 1), over ${m.perturbation.embeddings} embeddings${partly(lang, m.perturbation.runs, m.perturbation.planned)}. The nudged frequency survived in ${pe.up[0]} of ${pe.up[1]} raised runs (α > 1), ${pe.twins[0]} of ${pe.twins[1]} twins and ${pe.down[0]} of ${pe.down[1]} lowered runs (α < 1); by α: ${m.perturbation.rates.map((r) => `${r.alpha}: ${pct(r.rate)}`).join(', ')}. Paired effect over ${pe.pairs} nudged runs (survival gained when raised, lost when lowered, against the twin): ${points(pe.effect.estimate)} percentage points${ci(lang, pe.effect, points)}.`,
            `倍率を変えた実行にはそれぞれ、手を加えない対照（同じ埋め込みとシードで α = 1）があります。埋め込みは ${m.perturbation.embeddings} 個です${partly(lang, m.perturbation.runs, m.perturbation.planned)}。その周波数が生き残ったのは、大きくした実行（α > 1）で ${pe.up[1]} 回中 ${pe.up[0]} 回、対照で ${pe.twins[1]} 回中 ${pe.twins[0]} 回、小さくした実行（α < 1）で ${pe.down[1]} 回中 ${pe.down[0]} 回です。α ごとには ${m.perturbation.rates.map((r) => `${r.alpha}：${pct(r.rate)}`).join('、')}。倍率を変えた ${pe.pairs} 回を対照と比べた効果（大きくして増え、小さくして減った生存）は ${points(pe.effect.estimate)} ポイントです${ci(lang, pe.effect, points)}。`,
          )
        : L(lang, 'The perturbation sweep is not computed yet.', '摂動のスイープはまだ計算されていません。'),
      runs: pe.runs,
      effects: pe.runs ? [effectText(pe.effect, points)] : [],
      figure: 'fig-perturbation',
      status: !pe.runs ? 'missing' : pe.verdict,
    },
    {
      id: 'check-collaboration',
      claim: L(
        lang,
        'Keeping a single surviving circle gives a higher loss than keeping two or three together.',
        '生き残った円を 1 つだけ残すと、2 つや 3 つを一緒に残すより損失が大きくなります。',
      ),
      source: '[code]',
      ours: st.collaboration.runs
        ? L(
            lang,
            `Tracked through training (every 100 steps) on ${runsEn(st.collaboration.runs)} at d = 128. At the last tracked step the best three circles beat the best single one by ${num(st.collaboration.effect.estimate, 2)} orders of magnitude of loss on average${ci(lang, st.collaboration.effect)}.${c ? ` Main run: lowest loss ${num(c.one)} with one circle, ${num(c.two)} with two, ${sci(c.three)} with three, ${sci(c.all)} with all its survivors.` : ''}`,
            `d = 128 の ${st.collaboration.runs} 回の実行で、学習中 100 ステップごとに追跡しました。最後の時点で、最良の 3 つの円は最良の 1 つより損失が平均 ${num(st.collaboration.effect.estimate, 2)} 桁小さくなりました${ci(lang, st.collaboration.effect)}。${c ? `主な実行：最小の損失は円 1 つで ${num(c.one)}、2 つで ${num(c.two)}、3 つで ${sci(c.three)}、生き残ったものすべてで ${sci(c.all)} です。` : ''}`,
          )
        : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: st.collaboration.runs,
      effects: st.collaboration.runs ? [effectText(st.collaboration.effect)] : [],
      figure: 'fig-collaboration',
      status: st.collaboration.runs ? st.collaboration.verdict : 'missing',
    },
    sweepRow(lang, {
      id: 'check-weight-decay',
      figure: 'fig-circles-vs-wd',
      setting: ['Weight decay', '重み減衰'],
      each: ['at each strength', '強さごとに'],
      sweep: m.weightDecay,
      corr: st.weightDecay,
      corrOf: ['Among the runs with decay (0.25 to 1.5), correlation of its strength', '減衰のある実行（0.25〜1.5）では、その強さ'],
      per: ['value', '値'],
      before: [`Without weight decay: ${noDecayText(lang, m.weightDecay.noDecay)}. `, `重み減衰なしでは${noDecayText(lang, m.weightDecay.noDecay)}でした。`],
    }),
    sweepRow(lang, {
      id: 'check-modulus',
      figure: 'fig-circles-vs-p',
      setting: ['The modulus p', '法 p '],
      each: ['for each prime', '素数ごとに'],
      sweep: m.modulus,
      corr: st.modulus,
      corrOf: ['Correlation of p', 'p '],
      per: ['prime', '素数'],
    }),
    {
      id: 'check-frozen',
      claim: L(
        lang,
        'Frozen random embedding: how well the MLP alone learns, by dimension (paper’s design; its values were not available to us).',
        '凍結したランダム埋め込み：MLP だけでどこまで学習できるか（次元別。論文の設計で、値は手元にありません）。',
      ),
      source: '[code]',
      ours: m.frozenRuns.runs
        ? L(
            lang,
            `${m.frozenRuns.runs} of ${m.frozenRuns.planned} runs computed. Correlation of log₂ d with the final test accuracy: r = ${num(st.frozenAccuracy.estimate, 2)}${ci(lang, st.frozenAccuracy)}; see the figure.`,
            `${m.frozenRuns.planned} 回のうち ${m.frozenRuns.runs} 回を計算済みです。log₂ d と最終的なテスト正解率の相関は r = ${num(st.frozenAccuracy.estimate, 2)} です${ci(lang, st.frozenAccuracy)}。図をご覧ください。`,
          )
        : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: m.frozenRuns.runs,
      effects: m.frozenRuns.runs ? [`r = ${effectText(st.frozenAccuracy)}`] : [],
      figure: 'fig-frozen-embedding',
      status: !m.frozenRuns.runs ? 'missing' : 'measured',
    },
    {
      id: 'check-construction',
      claim: L(
        lang,
        'Of two planted candidates of unequal size, the stronger one survives more often than the weaker.',
        '大きさの違う 2 つの候補を植え込むと、強い方が弱い方より生き残りやすくなります。',
      ),
      source: '[code] (design)',
      ours: co.runs
        ? L(
            lang,
            `Over ${runsEn(co.runs)} with unequal amplitudes${partly(lang, m.constructionRuns.runs, m.constructionRuns.planned)}, the larger survived ${num(Math.round(co.effect.estimate * 100), 3)} percentage points more often than the smaller${ci(lang, co.effect, points)}; the ${m.constructionRuns.runs - co.runs} runs at equal amplitude are left out. See the figure for each ratio.`,
            `振幅の違う ${co.runs} 回の実行${partly(lang, m.constructionRuns.runs, m.constructionRuns.planned)}で、大きい方が生き残った割合は小さい方より ${num(Math.round(co.effect.estimate * 100), 3)} ポイント高くなりました${ci(lang, co.effect, points)}。振幅が等しい ${m.constructionRuns.runs - co.runs} 回は除いています。比ごとの結果は図をご覧ください。`,
          )
        : L(lang, 'Not computed yet.', 'まだ計算されていません。'),
      runs: co.runs,
      effects: co.runs ? [effectText(co.effect, points)] : [],
      figure: 'fig-construction',
      status: !co.runs ? 'missing' : co.verdict,
    },
  ];
  // Every printed number with a true minus sign, whichever builder wrote the sentence.
  const typeset = (r: ClaimRow): ClaimRow => ({ ...r, ours: minus(r.ours), effects: r.effects.map(minus) });
  return { headline: headline.map(typeset), checks: checks.map(typeset) };
}

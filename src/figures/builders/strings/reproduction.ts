/**
 * The reproduction page's rows (src/figures/builders/reproduction.ts): each claim, what our engine
 * measured, the verdict labels and the interval wording. Counts and numbers arrive formatted.
 * A count of runs inside a sentence is {runs}, from runs.one / runs.many ("8 runs", "8 回の実行").
 */
import { defineStrings } from '../../../i18n/strings';

export const reproductionStrings = defineStrings({
  en: {
    'runs.one': '1 run',
    'runs.many': '{n} runs',
    notComputed: 'Not computed yet.',
    'status.same-direction': 'Same direction',
    'status.inconclusive': 'Inconclusive',
    'status.contradicts': 'Contradicts the paper',
    'status.matches': 'Matches within ±5 %',
    'status.differs': 'Differs',
    'status.missing': 'Not computed yet',
    'status.meets-target': 'Meets the {target} target',
    'status.below-target': 'Below the {target} target',
    'status.elsewhere': 'See the ODE figures',
    'status.measured': 'Ours only (no paper value to compare)',
    /** A verdict that rests on runs, saying on how many. */
    'status.withRuns.one': '{label} ({n} run)',
    'status.withRuns.many': '{label} ({n} runs)',
    'status.measuredWithRuns.one': 'Ours only (no paper value to compare; {n} run)',
    'status.measuredWithRuns.many': 'Ours only (no paper value to compare; {n} runs)',
    'method.wilson': 'Wilson interval',
    'method.newcombe': 'Newcombe’s interval for a difference of rates',
    'method.points': 'bootstrap over (embedding, frequency) points, fixed seed',
    'method.twinGroups': 'bootstrap over (embedding, seed) groups, each twin kept with its nudged runs, fixed seed',
    'method.runs': 'bootstrap over runs, fixed seed',
    /** After an effect in a sentence. */
    ci: ' (95 % interval {lo} to {hi}; {method})',
    'ci.none': ' (too few runs for an interval)',
    /** After a count of runs when a sweep is only partly computed. */
    partly: ' ({done} of the {planned} planned runs)',
    'noDecay.none': 'not computed yet',
    'noDecay.summary':
      'no circle in {none} of {n} runs (circles per run: {circles}), final accuracy {train} on the training pairs and {test} on the test pairs',
    'weightDecay.claim': 'Weight decay, varied: how many circles survive at each strength (the authors’ code sweeps it; its results were not available to us).',
    'weightDecay.ours':
      '{done} of {planned} runs computed. Without weight decay: {noDecay}. Among the runs with decay (0.25 to 1.5), correlation of its strength with each run’s circles: {r}{ci}; see the figure for each value.',
    'modulus.claim': 'The modulus p, varied: how many circles survive for each prime (the authors’ code sweeps it; its results were not available to us).',
    'modulus.ours': '{done} of {planned} runs computed. Correlation of p with each run’s circles: {r}{ci}; see the figure for each prime.',
    'few.claim': 'At initialisation every Fourier frequency carries a circle-like component; they compete and only a few survive.',
    'few.ours':
      'At step 0 all 29 frequencies have a similar signal ({min}–{max}). At the end, the share of the 29 that are circles, averaged over {runs} at d = 128, is {share}{ci}; we read “a few” as fewer than half. Circles per run: {counts}{hero}.',
    'few.hero': ' (the main run, seed 0, has {n}: k = {ks})',
    'few.missing': 'The runs at d = 128 are not computed yet.',
    'fittest.claim': 'Frequencies with a high initial signal and a high initial gradient are more likely to survive.',
    'fittest.signal':
      'Signal: over {runs} with fixed embeddings{partly}, the correlation of each frequency’s survival rate with its initial signal ({points} frequencies) is r = {r}{ci}.',
    'fittest.signalMissing': 'The fixed-embedding (survival-rate) sweep is not computed yet.',
    'fittest.gradient': 'Gradient: over {runs}, survivors’ mean step-4 gradient exceeds the others’ by {diff}{ci}.',
    'fittest.gradientMissing': 'Initial-gradient runs not computed yet.',
    'fittest.both': 'Both halves must point the paper’s way for the verdict; the {distinct} distinct runs are counted once.',
    'fittest.ours': '{signal} {gradient} {both}',
    'dimension.claim': 'A larger embedding dimension gives more surviving circles.',
    'dimension.means': 'Mean circles per run (runs): {means}.',
    /** {falls}: "d = 16 → 32 (3.1 → 2.9)", one per fall. */
    'dimension.falls': 'The rise is not steady: the mean falls at {falls}.',
    'dimension.fallsSmall': 'The rise is not steady: the mean falls at {falls}, each fall smaller than one standard deviation of the runs.',
    'dimension.correlation': 'Correlation of log₂ d with the circles of each run: r = {r}{ci}{partly}.',
    'dimension.settled': 'In {settled} of {total} runs the survivors were fixed by step {by}.',
    'dimension.ours': '{means} {correlation} {settled}',
    'dimension.oursFalls': '{means} {falls} {correlation} {settled}',
    'dimension.missing': 'The dimension sweep is not computed yet.',
    'ode.claim': "A set of linear differential equations describes the circles' dynamics well.",
    'ode.ours': 'Fitted and rolled out on the site’s ODE figures, from our engine’s first 1,000 steps of one run; no interval is computed here.',
    'initialSignal.claim': 'At initialisation Sₖ ≈ √(p·d) ≈ {expected} for p = 59, d = 128 (follows from E ~ N(0, 1)).',
    'initialSignal.source': 'setup',
    'initialSignal.ours':
      'Mean {mean}, SD {sd}, range {min}–{max} over {runs} × 29 frequencies. Mean relative to √(p·d): {relative}{ci}; it matches when the whole interval lies within ±{tolerance} %.',
    'settle.claim':
      'The survivors are decided early: in most runs the set of circles stops changing well before training ends (here, by two thirds of the run).',
    'settle.source': 'mechanism ([code]: decay 0.995 per step)',
    'settle.ours':
      'In {settled} of {runs} (the main run and every sweep whose embedding trains), the survivor set no longer changed after two thirds of the run: {share}{ci}; “most” means more than half.{hero}',
    'settle.hero': ' The main run’s set is fixed from step {step}.',
    'settle.horizon': ' The rule cannot see a circle that dies after a run stops; the next row measures how often that happens.',
    'horizon.claim':
      'Our runs are long enough: at the designs’ {design} steps the survivor set is already the one at the authors’ {horizon} steps, in at least {target} of runs.',
    'horizon.source': 'this site’s designs ([code] trains for {horizon} steps)',
    'horizon.ours':
      'We trained {runs} of the perturbation design (a fixed random sample) on to {horizon} steps. The set at step {design} was already the final one in {same}: {share}{ci}. Later, it was final in {later}.{late}{fate}',
    /** What the perturbation claim counts, read the same way. */
    'horizon.fate':
      ' Whether k = {k}, the one frequency the perturbation figure counts, survives was already final at step {design} in {same} of {runs}: {share}{ci}.',
    /** One later checkpoint; 'horizon.sep' joins them (the steps carry commas of their own). */
    'horizon.later': '{same} of {of} by step {step}',
    'horizon.sep': '; ',
    'horizon.late':
      ' After step {design}, {lost} circles died and {gained} appeared, every set final by step {last}; the last-third rule had called {missed} of the {changed} runs that changed settled at step {design}.',
    'horizon.missing': 'The runs trained on to {horizon} steps are not computed yet.',
    'speed.claim': 'Training fits the training set quickly and then generalises (the paper’s exact timings were not available to us).',
    'speed.ours': 'Main run: train accuracy 100% at step {train}; test accuracy ≥ 99% at step {test}; test loss at step 5,000: {loss}.{sweeps}',
    'speed.sweeps':
      ' Over {runs} at d = 128 (the sweeps are logged every 50 steps after step 10), test accuracy first reached 99% at step {step} on average{ci}.',
    'geometry.claim': 'Surviving frequencies form clean circles: |Re Êₖ| = |Im Êₖ|, Re ⟂ Im, and different circles lie in orthogonal planes.',
    'geometry.source': 'geometry of the FFT plane',
    'geometry.ours':
      'Final embedding of the main run: |Re|/|Im| within {ratio} of 1 (rounded), largest |cos(Re, Im)| {cosReIm}, largest |cos| between planes {cosPlanes}. Only this run keeps its final embedding, so there is no interval and no verdict.',
    'precision.claim': 'The authors train in float64.',
    'precision.ours': 'Our engine runs in float32 (browsers have no float64 tensors); we have not compared against a float64 run here.',
    'gradient.claim': 'Frequencies that survive had a higher initial gradient g⁽⁴⁾ than those that died.',
    'gradient.ours': 'g⁽⁴⁾ ranges from {min} to {max}; mean {survivors} ({nSurvivors} survivors) vs {dead} ({nDead} died) over {runs}; difference {diff}{ci}.',
    'perturbation.claim': "Raising one frequency's initial signal above the others raises its chance of survival.",
    /** One α of the perturbation row's list: "1.5: 40%". */
    'perturbation.rate': '{alpha}: {rate}',
    'perturbation.ours':
      'Each nudged run has an untouched twin (same embedding and seed, α = 1), over {embeddings} embeddings{partly}. The nudged frequency survived in {upK} of {upN} raised runs (α > 1), {twinsK} of {twinsN} twins and {downK} of {downN} lowered runs (α < 1); by α: {rates}. Paired effect over {pairs} nudged runs (survival gained when raised, lost when lowered, against the twin): {effect} percentage points{ci}.',
    'perturbation.missing': 'The perturbation sweep is not computed yet.',
    'collaboration.claim': 'Keeping a single surviving circle gives a higher loss than keeping two or three together.',
    'collaboration.ours':
      'Tracked through training (every 100 steps) on {runs} at d = 128. At the last tracked step the best three circles beat the best single one by {orders} orders of magnitude of loss on average{ci}.{main}',
    'collaboration.main': ' Main run: lowest loss {one} with one circle, {two} with two, {three} with three, {all} with all its survivors.',
    'frozen.claim': 'Frozen random embedding: how well the MLP alone learns, by dimension (paper’s design; its values were not available to us).',
    'frozen.ours': '{done} of {planned} runs computed. Correlation of log₂ d with the final test accuracy: r = {r}{ci}; see the figure.',
    'construction.claim': 'Of two planted candidates of unequal size, the stronger one survives more often than the weaker.',
    'construction.ours':
      'Over {runs} with unequal amplitudes{partly}, the larger survived {points} percentage points more often than the smaller{ci}; the {equal} runs at equal amplitude are left out. See the figure for each ratio.',
  },
  ja: {
    'runs.one': '1 回の実行',
    'runs.many': '{n} 回の実行',
    notComputed: 'まだ計算されていません。',
    'status.same-direction': '論文と同じ向き',
    'status.inconclusive': '判定できない',
    'status.contradicts': '論文と逆向き',
    'status.matches': '±5 % 以内で一致',
    'status.differs': '相違あり',
    'status.missing': '未計算',
    'status.meets-target': '目標の {target} を満たす',
    'status.below-target': '目標の {target} に届かない',
    'status.elsewhere': 'ODE の図を参照',
    'status.measured': '私たちの値のみ（比べる論文の値なし）',
    'status.withRuns.one': '{label}（実行 {n} 回）',
    'status.withRuns.many': '{label}（実行 {n} 回）',
    'status.measuredWithRuns.one': '私たちの値のみ（比べる論文の値なし、実行 {n} 回）',
    'status.measuredWithRuns.many': '私たちの値のみ（比べる論文の値なし、実行 {n} 回）',
    'method.wilson': 'ウィルソン区間',
    'method.newcombe': '率の差に対するニューカムの区間',
    'method.points': '（埋め込み、周波数）の組を単位とするブートストラップ、シード固定',
    'method.twinGroups': '（埋め込み、シード）の組を単位とするブートストラップ（対照は押した実行と一緒に抽出）、シード固定',
    'method.runs': '実行単位のブートストラップ、シード固定',
    ci: '（95 % 区間 {lo}〜{hi}、{method}）',
    'ci.none': '（区間を出すには実行が少なすぎます）',
    partly: '（予定の {planned} 回のうち {done} 回）',
    'noDecay.none': '未計算',
    'noDecay.summary': '{n} 回中 {none} 回で円なし（実行ごとの円の数：{circles}）、最終的な正解率は訓練用の組で {train}、テスト用の組で {test}',
    'weightDecay.claim': '重み減衰を変える：強さごとに生き残る円の数（著者らのコードにはこのスイープがありますが、結果は手元にありません）。',
    'weightDecay.ours':
      '{planned} 回のうち {done} 回を計算済みです。重み減衰なしでは{noDecay}でした。減衰のある実行（0.25〜1.5）では、その強さと実行ごとの円の数の相関は {r} です{ci}。値ごとの結果は図をご覧ください。',
    'modulus.claim': '法 p を変える：素数ごとに生き残る円の数（著者らのコードにはこのスイープがありますが、結果は手元にありません）。',
    'modulus.ours': '{planned} 回のうち {done} 回を計算済みです。p と実行ごとの円の数の相関は {r} です{ci}。素数ごとの結果は図をご覧ください。',
    'few.claim': '初期化の時点ではすべてのフーリエ周波数が円のような成分を持ち、それらが競い合って、生き残るのはごく一部です。',
    'few.ours':
      'ステップ 0 では 29 個の周波数すべてのシグナルが近い値です（{min}〜{max}）。最後に円として残る割合は、d = 128 の {runs}の平均で {share} です{ci}。「ごく一部」を「半分未満」と読んで判定しています。実行ごとの円の数：{counts}{hero}。',
    'few.hero': '（主な実行、シード 0 では {n} 個：k = {ks}）',
    'few.missing': 'd = 128 の実行はまだ計算されていません。',
    'fittest.claim': '初期シグナルと初期勾配が大きい周波数ほど、生き残りやすくなります。',
    'fittest.signal': 'シグナル：埋め込みを固定した {runs}{partly}で、各周波数の生存率と初期シグナルの相関（{points} 個の周波数）は r = {r} です{ci}。',
    'fittest.signalMissing': '埋め込みを固定したスイープ（生存率）はまだ計算されていません。',
    'fittest.gradient': '勾配：{runs}で、ステップ 4 の勾配の平均は生き残ったもののほうが {diff} 大きくなっています{ci}。',
    'fittest.gradientMissing': '初期勾配の実行はまだ計算されていません。',
    'fittest.both': '判定には両方が論文と同じ向きであることを求めます。実行は重複を除いて {distinct} 回と数えています。',
    'fittest.ours': '{signal}{gradient}{both}',
    'dimension.claim': '埋め込み次元が大きいほど、生き残る円が増えます。',
    'dimension.means': '1 回の実行あたりの円の数の平均（実行数）：{means}。',
    'dimension.falls': '増え方は一様ではなく、{falls} では平均が下がります。',
    'dimension.fallsSmall': '増え方は一様ではなく、{falls} では平均が下がります（どれも実行ごとの標準偏差より小さな差です）。',
    'dimension.correlation': 'log₂ d と実行ごとの円の数の相関は r = {r} です{ci}{partly}。',
    'dimension.settled': '{total} 回のうち {settled} 回で、ステップ {by} までに生き残る円が決まっていました。',
    'dimension.ours': '{means}{correlation}{settled}',
    'dimension.oursFalls': '{means}{falls}{correlation}{settled}',
    'dimension.missing': '次元のスイープはまだ計算されていません。',
    'ode.claim': '円の動きは、線形の微分方程式の組でよく記述できます。',
    'ode.ours': 'サイトの ODE の図で、私たちのエンジンの 1 回の実行の最初の 1,000 ステップに当てはめ、展開しています。ここでは区間を計算していません。',
    'initialSignal.claim': '初期化時には Sₖ ≈ √(p·d) ≈ {expected}（p = 59、d = 128。E ~ N(0, 1) から導かれます）。',
    'initialSignal.source': '設定から',
    'initialSignal.ours':
      '平均 {mean}、標準偏差 {sd}、範囲 {min}〜{max}（{runs} × 29 周波数）。√(p·d) に対する平均のずれは {relative} です{ci}。区間全体が ±{tolerance} % に収まれば一致とします。',
    'settle.claim':
      '生き残る円は早い段階で決まります。ほとんどの実行で、円の組は学習の終わりよりずっと前（ここでは実行の 3 分の 2 まで）に変わらなくなります。',
    'settle.source': '仕組み（[code]：1 ステップごとに 0.995 倍の減衰）',
    'settle.ours':
      '{runs}（主な実行と、埋め込みを学習させるすべてのスイープ）のうち {settled} 回で、実行の 3 分の 2 を過ぎてからは生き残る組が変わりませんでした。割合は {share} です{ci}。「ほとんど」は半分より多いことと読んでいます。{hero}',
    'settle.hero': '主な実行の組はステップ {step} 以降固定です。',
    'settle.horizon': 'この基準では、実行を止めた後に消える円は見えません。それがどれだけ起きるかは次の行で測っています。',
    'horizon.claim':
      '私たちの実行は十分に長い：設計の {design} ステップの時点で、生き残る組が著者らの {horizon} ステップでの組とすでに同じである実行が {target} 以上ある。',
    'horizon.source': 'このサイトの設計（[code] は {horizon} ステップ学習）',
    'horizon.ours':
      '摂動実験から固定した無作為抽出で選んだ {runs}を {horizon} ステップまで学習させました。ステップ {design} の組がすでに最終の組だったのは {same} 回で、割合は {share} です{ci}。それ以降の時点で最終の組になっていた回数：{later}。{late}{fate}',
    'horizon.fate':
      '摂動実験の図が数える唯一の周波数 k = {k} が生き残るかどうかが、ステップ {design} の時点ですでに最終の結果と同じだったのは {runs} 回中 {same} 回で、割合は {share} です{ci}。',
    'horizon.later': 'ステップ {step} までに {of} 回中 {same} 回',
    'horizon.sep': '、',
    'horizon.late':
      'ステップ {design} の後に消えた円は {lost} 個、現れた円は {gained} 個で、すべての組がステップ {last} までに確定しました。変化した {changed} 回のうち {missed} 回は、「最後の 3 分の 1 で変化なし」の基準ではステップ {design} で落ち着いたと判定されていました。',
    'horizon.missing': '{horizon} ステップまで続けた実行はまだ計算されていません。',
    'speed.claim': '学習は訓練データにすぐ適合し、その後に汎化します（論文の正確なタイミングは手元にありません）。',
    'speed.ours': '主な実行：訓練正解率 100% はステップ {train}、テスト正解率 99% 以上はステップ {test}、ステップ 5,000 でのテスト損失は {loss} です。{sweeps}',
    'speed.sweeps':
      'd = 128 の {runs}（スイープはステップ 10 以降 50 ステップごとに記録）では、テスト正解率が初めて 99% に達したのは平均でステップ {step} です{ci}。',
    'geometry.claim': '生き残った周波数はきれいな円になります。|Re Êₖ| = |Im Êₖ|、Re ⟂ Im で、異なる円は直交する平面にあります。',
    'geometry.source': 'FFT 平面の幾何',
    'geometry.ours':
      '主な実行の最終埋め込み：|Re|/|Im| と 1 の差は最大 {ratio}（丸め）、|cos(Re, Im)| の最大は {cosReIm}、平面どうしの |cos| の最大は {cosPlanes}。最終埋め込みを残しているのはこの実行だけなので、区間も判定も出せません。',
    'precision.claim': '著者らは float64 で学習させています。',
    'precision.ours': '私たちのエンジンは float32 で動きます（ブラウザーには float64 のテンソルがありません）。ここでは float64 の実行とは比べていません。',
    'gradient.claim': '生き残る周波数は、消える周波数よりも初期勾配 g⁽⁴⁾ が大きい傾向があります。',
    'gradient.ours':
      'g⁽⁴⁾ は {min} から {max} の範囲です。{runs}で、平均は生き残ったもの（{nSurvivors} 個）で {survivors}、消えたもの（{nDead} 個）で {dead}、差は {diff} です{ci}。',
    'perturbation.claim': 'ある周波数の初期シグナルをほかより大きくすると、その周波数が生き残る見込みが高まります。',
    'perturbation.rate': '{alpha}：{rate}',
    'perturbation.ours':
      '倍率を変えた実行にはそれぞれ、手を加えない対照（同じ埋め込みとシードで α = 1）があります。埋め込みは {embeddings} 個です{partly}。その周波数が生き残ったのは、大きくした実行（α > 1）で {upN} 回中 {upK} 回、対照で {twinsN} 回中 {twinsK} 回、小さくした実行（α < 1）で {downN} 回中 {downK} 回です。α ごとには {rates}。倍率を変えた {pairs} 回を対照と比べた効果（大きくして増え、小さくして減った生存）は {effect} ポイントです{ci}。',
    'perturbation.missing': '摂動のスイープはまだ計算されていません。',
    'collaboration.claim': '生き残った円を 1 つだけ残すと、2 つや 3 つを一緒に残すより損失が大きくなります。',
    'collaboration.ours':
      'd = 128 の {runs}で、学習中 100 ステップごとに追跡しました。最後の時点で、最良の 3 つの円は最良の 1 つより損失が平均 {orders} 桁小さくなりました{ci}。{main}',
    'collaboration.main': '主な実行：最小の損失は円 1 つで {one}、2 つで {two}、3 つで {three}、生き残ったものすべてで {all} です。',
    'frozen.claim': '凍結したランダム埋め込み：MLP だけでどこまで学習できるか（次元別。論文の設計で、値は手元にありません）。',
    'frozen.ours': '{planned} 回のうち {done} 回を計算済みです。log₂ d と最終的なテスト正解率の相関は r = {r} です{ci}。図をご覧ください。',
    'construction.claim': '大きさの違う 2 つの候補を植え込むと、強い方が弱い方より生き残りやすくなります。',
    'construction.ours':
      '振幅の違う {runs}{partly}で、大きい方が生き残った割合は小さい方より {points} ポイント高くなりました{ci}。振幅が等しい {equal} 回は除いています。比ごとの結果は図をご覧ください。',
  },
});

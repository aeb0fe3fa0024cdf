/** The fitness widget's strings, in English and Japanese. {name} placeholders are filled by ftx. */
import type { Lang } from '../../i18n/languages';
const en = {
  'fit.needsJs': 'Training needs JavaScript. The figures below show our engine’s reference runs, computed when the site was built.',
  'fit.noWorker': 'This browser cannot start a Web Worker, so live training is off. The figures show our engine’s reference runs.',
  'fit.legend': 'Your experiment (p = 59, d = 128, the paper’s optimiser)',
  'fit.k': 'Frequency k to nudge',
  'fit.alpha': 'Factor α on its initial component',
  'fit.seeds': 'Seeds per condition',
  'fit.steps': 'Steps per run',
  'fit.control': 'Also train an untouched twin (α = 1) of every run',
  'fit.embedding': 'Seed of the shared initial embedding',
  'fit.backend': 'Backend',
  'fit.backend.auto': 'automatic',
  'fit.train': 'Train',
  'fit.pause': 'Pause',
  'fit.resume': 'Resume',
  'fit.clear': 'Clear results',
  'fit.plan':
    'Plan: {runs} runs of {steps} steps each, MLP and data-split seeds 0 to {last}, every run starting from embedding #{embedding}{control}. About {minutes} on this device once the speed is known.',
  'fit.planControl': ', each nudged run next to an untouched twin with the same seed',
  'fit.planUnknown': 'Plan: {runs} runs of {steps} steps each, MLP and data-split seeds 0 to {last}, every run starting from embedding #{embedding}{control}.',
  'fit.idle': 'Ready. Training starts when you press Train; nothing is downloaded before that.',
  'fit.loading': 'Starting the training engine…',
  'fit.progress': 'Run {i} of {n} (seed {seed}, α = {alpha}): step {step} of {steps}.',
  'fit.paused': 'Paused at run {i} of {n}, step {step}.',
  'fit.pausedHidden': 'Paused while this tab is hidden; it carries on when you come back.',
  'fit.pausedOffscreen': 'Paused while the widget is off-screen; it carries on when you scroll back.',
  'fit.done': 'All {n} runs have finished.',
  'fit.runDone': 'Run {i} of {n} finished: at step {steps}, k = {k} {fate}.',
  'fit.runDoneEarly':
    'Run {i} of {n} finished: at step {steps} no frequency is a circle yet, so it is too early to say whether k = {k} survives; its signal S went from {s0} to {s1}.',
  'fit.pair': 'Seed {seed} at step {steps}: S of k = {k} is {nudged} in the nudged run and {twin} in its twin.',
  'fit.survived': 'is one of the circles',
  'fit.died': 'is not a circle',
  'fit.diverged': 'Run {i} diverged at step {step} ({message}); the experiment stopped.',
  'fit.error': 'Training stopped with an error: {message}',
  'fit.slowOnly':
    'Live training is off: neither WebGL nor WebAssembly could start in this browser, and the remaining pure-JavaScript engine is far slower than both. The figures show our engine’s reference runs, computed when the site was built.',
  'fit.useCpu': 'Train on the slow CPU engine anyway',
  'fit.badge': 'Backend: {name}, {precision}',
  'fit.badgeFellBack': 'Backend: {name}, {precision} (the one you asked for is not available here)',
  'fit.results': 'Your runs',
  'fit.none': 'No finished runs yet.',
  'fit.tally': 'k = {k} was a circle at the last step in {s} of {n} runs with α = {alpha}.',
  'fit.tallyControl': 'k = {k} was a circle at the last step in {s} of {n} untouched runs (α = 1).',
  'fit.col.seed': 'Seed',
  'fit.col.alpha': 'α',
  'fit.col.fate': 'k = {k} at the last step',
  'fit.col.sLast': 'S_k at the last step',
  'fit.col.s0': 'S_k(0)',
  'fit.col.g': 'g⁽⁴⁾ of k',
  'fit.col.circles': 'Circles at the last step',
  'fit.yes': 'circle',
  'fit.no': 'not a circle',
  'fit.reference':
    'For comparison, our engine’s reference perturbation runs (k = {k}, embedding #{embedding}, {steps} steps, {n} seeds per α): {list}. With one embedding and this few seeds, these rates cannot tell a small effect from chance.',
  'fit.referenceNone': 'The reference perturbation runs have not been computed yet.',
  'fit.settled':
    'How long is long enough? In our reference sweep at d = 128, the set of circles had stopped changing by step {steps} in {m} of {n} runs (runs of {length} steps). So a verdict at step {steps} is provisional: it tells which frequencies lead at that step, not which survive. More steps give a firmer verdict and take longer.',
  'fit.titleTrace': 'Your nudged run against its twin, step by step',
  'fit.figTrace':
    'Signal S of k = {k} at every step of your runs: orange, the nudged run; blue, its untouched twin with the same seed. Look at whether the orange line stays above the blue one: the nudge gives k a head start, and the question is whether training keeps it. Grey lines: our engine’s reference runs of the same setting, where there are any.',
  'fit.titleRate': 'Survival rate against initial signal',
  'fit.titleGradient': 'Initial gradient against initial signal',
  'fit.figRate':
    'Survival rate against initial signal. Grey: the empirical design’s reference runs of our engine ({runs} runs), one point per frequency and embedding. Colour: your runs, one point per frequency and condition. The ring marks k.',
  'fit.figGradient':
    'Initial gradient g⁽⁴⁾ against initial signal. Grey: frequencies of our engine’s d = 128 reference runs ({runs} runs; dark when they survived). Colour: every frequency of your runs (circle = survived, cross = died). The ring marks k.',
  'fit.figNoReference': 'No reference runs are computed for this figure yet; your runs will appear on their own.',
  'fit.notice.clamped': 'The link set {key} to “{raw}”, which is out of range; {value} is used instead.',
  'fit.notice.rejected': 'The link’s value “{raw}” for {key} is not valid; {value} is used instead.',
  'fit.notice.unknown': 'The link has a setting “{key}” this widget does not know; it was ignored.',
  'fit.notice.adjusted': 'The link’s {key} “{raw}” was changed to {value}.',
  'fit.cleared': 'Results cleared: the runs so far belong to a different experiment.',
} as const;

export type FitKey = keyof typeof en;

const ja: Record<FitKey, string> = {
  'fit.needsJs': '学習には JavaScript が必要です。下の図は、サイトのビルド時に計算した私たちのエンジンの参照実行を示しています。',
  'fit.noWorker': 'このブラウザーでは Web Worker を起動できないため、ライブの学習は使えません。図は私たちのエンジンの参照実行を示しています。',
  'fit.legend': 'あなたの実験（p = 59、d = 128、論文と同じ最適化手法）',
  'fit.k': '後押しする周波数 k',
  'fit.alpha': '初期成分にかける係数 α',
  'fit.seeds': '条件ごとのシード数',
  'fit.steps': '1 回の実行のステップ数',
  'fit.control': '各実行と同じシードで、手を加えない対照（α = 1）も学習する',
  'fit.embedding': '共通の初期埋め込みのシード',
  'fit.backend': 'バックエンド',
  'fit.backend.auto': '自動',
  'fit.train': '学習する',
  'fit.pause': '一時停止',
  'fit.resume': '再開',
  'fit.clear': '結果を消去',
  'fit.plan':
    '計画：{steps} ステップの実行を {runs} 回。MLP とデータ分割のシードは 0〜{last}、すべての実行は埋め込み #{embedding} から始まります{control}。速度が分かれば、この端末でおよそ {minutes}。',
  'fit.planControl': '。後押しした各実行の横で、同じシードの対照も学習します',
  'fit.planUnknown':
    '計画：{steps} ステップの実行を {runs} 回。MLP とデータ分割のシードは 0〜{last}、すべての実行は埋め込み #{embedding} から始まります{control}。',
  'fit.idle': '準備完了。「学習する」を押すと学習が始まります。それまでは何もダウンロードしません。',
  'fit.loading': '学習エンジンを起動しています…',
  'fit.progress': '実行 {i}/{n}（シード {seed}、α = {alpha}）：ステップ {step}/{steps}。',
  'fit.paused': '実行 {i}/{n} のステップ {step} で一時停止中です。',
  'fit.pausedHidden': 'タブが非表示の間は一時停止します。戻ると続きから再開します。',
  'fit.pausedOffscreen': 'ウィジェットが画面外にある間は一時停止します。スクロールして戻ると再開します。',
  'fit.done': '{n} 回の実行がすべて終わりました。',
  'fit.runDone': '実行 {i}/{n} が終了：ステップ {steps} で、k = {k} は{fate}。',
  'fit.runDoneEarly':
    '実行 {i}/{n} が終了：ステップ {steps} ではまだどの周波数も円になっていないため、k = {k} が生き残るかを言うには早すぎます。そのシグナル S は {s0} から {s1} になりました。',
  'fit.pair': 'シード {seed}、ステップ {steps}：k = {k} の S は、後押しした実行で {nudged}、対照で {twin} です。',
  'fit.survived': '円の 1 つです',
  'fit.died': '円ではありません',
  'fit.diverged': '実行 {i} はステップ {step} で発散しました（{message}）。実験を止めました。',
  'fit.error': 'エラーで学習が止まりました：{message}',
  'fit.slowOnly':
    'このブラウザーでは WebGL も WebAssembly も起動できなかったため、ライブ学習を止めています。残る純粋な JavaScript のエンジンは、どちらよりもはるかに遅くなります。図はサイトの生成時に計算した、私たちのエンジンの参照実行です。',
  'fit.useCpu': 'それでも遅い CPU エンジンで学習する',
  'fit.badge': 'バックエンド：{name}、{precision}',
  'fit.badgeFellBack': 'バックエンド：{name}、{precision}（指定したものはここでは使えません）',
  'fit.results': 'あなたの実行',
  'fit.none': '終了した実行はまだありません。',
  'fit.tally': 'α = {alpha} の実行 {n} 回のうち、最後のステップで k = {k} が円だったのは {s} 回。',
  'fit.tallyControl': '手を加えない実行（α = 1）{n} 回のうち、最後のステップで k = {k} が円だったのは {s} 回。',
  'fit.col.seed': 'シード',
  'fit.col.alpha': 'α',
  'fit.col.fate': '最後のステップの k = {k}',
  'fit.col.sLast': '最後のステップの S_k',
  'fit.col.s0': 'S_k(0)',
  'fit.col.g': 'k の g⁽⁴⁾',
  'fit.col.circles': '最終ステップの円',
  'fit.yes': '円',
  'fit.no': '円でない',
  'fit.reference':
    '比較用：私たちのエンジンによる摂動実験の参照実行（k = {k}、埋め込み #{embedding}、{steps} ステップ、α ごとに {n} シード）：{list}。埋め込みが 1 つで、シードもこれだけ少ないと、この率から小さな効果と偶然を見分けることはできません。',
  'fit.referenceNone': '摂動実験の参照実行はまだ計算されていません。',
  'fit.settled':
    'どれだけ学習すれば十分か：d = 128 の参照スイープでは、{n} 回のうち {m} 回で、ステップ {steps} までに円の組が変わらなくなっていました（各 {length} ステップの実行）。したがってステップ {steps} での判定は暫定的です。その時点でどの周波数が先行しているかは分かりますが、どれが生き残るかは分かりません。ステップを増やすほど判定は確かになり、時間もかかります。',
  'fit.titleTrace': '後押しした実行とその対照を、ステップごとに',
  'fit.figTrace':
    'あなたの実行の各ステップでの k = {k} のシグナル S。オレンジが後押しした実行、青が同じシードで手を加えない対照です。オレンジの線が青の線より上にとどまるかを見てください。後押しは k に先行を与えますが、問題は学習がその差を保つかどうかです。灰色の線は、同じ条件の私たちのエンジンによる参照実行です（ある場合のみ）。',
  'fit.titleRate': '初期シグナルに対する生存率',
  'fit.titleGradient': '初期シグナルに対する初期勾配',
  'fit.figRate':
    '初期シグナルに対する生存率。灰色：経験的な設計による私たちのエンジンの参照実行（{runs} 回）で、周波数と埋め込みごとに 1 点。色付き：あなたの実行で、周波数と条件ごとに 1 点。輪は k を示します。',
  'fit.figGradient':
    '初期シグナルに対する初期勾配 g⁽⁴⁾。灰色：d = 128 の参照実行（{runs} 回）の周波数（生き残ったものは濃い色）。色付き：あなたの実行のすべての周波数（丸 = 生存、バツ = 消滅）。輪は k を示します。',
  'fit.figNoReference': 'この図の参照実行はまだ計算されていません。あなたの実行だけが表示されます。',
  'fit.notice.clamped': 'リンクの {key} の値「{raw}」は範囲外のため、{value} を使います。',
  'fit.notice.rejected': 'リンクの {key} の値「{raw}」は無効なため、{value} を使います。',
  'fit.notice.unknown': 'リンクに、このウィジェットが知らない設定「{key}」がありました。無視しました。',
  'fit.notice.adjusted': 'リンクの {key}「{raw}」を {value} に変更しました。',
  'fit.cleared': '結果を消去しました。これまでの実行は別の実験のものです。',
};

const dict: Record<Lang, Record<FitKey, string>> = { en, ja };

export function ftx(lang: Lang, key: FitKey, vars: Record<string, string | number> = {}): string {
  return dict[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

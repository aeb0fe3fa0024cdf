/** Caption and labels of the horizon figure (src/figures/builders/horizon.ts). */
import { defineStrings } from '../../../i18n/strings';

export const horizonStrings = defineStrings({
  en: {
    head: 'How soon each run’s survivors are final: perturbation runs trained on to {horizon} steps.',
    design: 'our runs stop: {design}',
    target: 'target {target}',
    description:
      'Line: the share of the {runs} runs whose survivor set at that step is already their set at step {horizon}; band: its 95 % Wilson interval; dotted line: step {design}, where the site’s designs stop; dashed line: the {target} target. At step {design}: {atDesign}.',
    caption:
      '{head} A fixed random sample of the perturbation design, each run trained past the designs’ {design} steps to the authors’ {horizon}; circles by the 2 × mean rule at every logged step (every {dense} steps to step {design}, then every {sparse}). Measured by our engine: at step {design}, {quote}. {late} {runs}',
    late: 'In the runs whose set changed after step {design}, {lost} circles died and {gained} appeared, and every set was final by step {last}.',
    'late.none': 'No run changed its set after step {design}.',
  },
  ja: {
    head: '各実行の生き残りがいつ確定するか：{horizon} ステップまで続けた摂動実験の実行。',
    design: '私たちの実行の終わり：{design}',
    target: '目標 {target}',
    description:
      '線は {runs} 回の実行のうち、そのステップでの組がすでにステップ {horizon} での組と同じである割合、帯はその 95 % ウィルソン区間、点線はサイトの設計が止まるステップ {design}、破線は目標の {target} です。ステップ {design} では {atDesign}。',
    caption:
      '{head}摂動実験から固定した無作為抽出で選んだ実行を、設計の {design} ステップを越えて著者らの {horizon} ステップまで学習させ、記録したすべてのステップ（ステップ {design} までは {dense} ステップごと、その後は {sparse} ステップごと）で「平均の 2 倍」の規則により円を数えました。私たちのエンジンで測った値：ステップ {design} で {quote}。{late}{runs}',
    late: 'ステップ {design} の後に組が変わった実行では、消えた円が {lost} 個、現れた円が {gained} 個で、すべての組がステップ {last} までに確定しました。',
    'late.none': 'ステップ {design} の後に組が変わった実行はありません。',
  },
});

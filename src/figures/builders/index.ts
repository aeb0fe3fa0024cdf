/** Slot id → figure builder. StaticFigure.astro renders whichever id it is given. */
import type { Builder } from './types';
import { circleEvolutionFigure, circlePlanesFigure, heroFigure, spectrumFigure } from './hero';
import { circlesVsDimFigure, frozenFigure } from './dimension';
import { constructionFigure, gradientHistFigure, gradientScatterFigure, perturbationFigure, survivalVsSignalFigure } from './fitness';
import { ablationFigure, collaborationFigure } from './training';
import { modulusFigure, weightDecayFigure } from './sweeps';
import { horizonFigure } from './horizon';
import { localizeColumns } from '../table-headers';

/** A builder whose data-table headers (page table and CSV alike) are in the page's language. */
const localized =
  (build: Builder): Builder =>
  async (lang) => {
    const built = await build(lang);
    return built.table ? { ...built, table: { ...built.table, columns: localizeColumns(lang, built.table.columns) } } : built;
  };

const BY_ID: Record<string, Builder> = {
  'fig-hero': (lang) => heroFigure(lang, true),
  // The home page's key figure is the hero run's signal evolution.
  'key-figure': (lang) => heroFigure(lang, true),
  'fig-signal-evolution': (lang) => heroFigure(lang, false),
  'fig-spectrum': spectrumFigure,
  'fig-circle-planes': circlePlanesFigure,
  'fig-circle-evolution': circleEvolutionFigure,
  'fig-circles-vs-dim': circlesVsDimFigure,
  'fig-frozen-embedding': frozenFigure,
  'fig-circles-vs-p': modulusFigure,
  'fig-circles-vs-wd': weightDecayFigure,
  'fig-survival-vs-signal': survivalVsSignalFigure,
  'fig-perturbation': perturbationFigure,
  'fig-horizon': horizonFigure,
  'fig-construction': constructionFigure,
  'fig-gradient-hist': gradientHistFigure,
  'fig-gradient-scatter': gradientScatterFigure,
  'fig-collaboration': collaborationFigure,
  'fig-ablation': ablationFigure,
};

export const BUILDERS: Record<string, Builder> = Object.fromEntries(Object.entries(BY_ID).map(([id, build]) => [id, localized(build)]));

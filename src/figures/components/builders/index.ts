/** Slot id → figure builder. StaticFigure.astro renders whichever id it is given. */
import type { Builder } from './types';
import { circleEvolutionFigure, circlePlanesFigure, heroFigure, spectrumFigure } from './hero';
import { circlesVsDimFigure, frozenFigure } from './dimension';
import { constructionFigure, gradientHistFigure, gradientScatterFigure, perturbationFigure, survivalVsSignalFigure } from './fitness';
import { ablationFigure, collaborationFigure } from './training';

export const BUILDERS: Record<string, Builder> = {
  'fig-hero': (lang) => heroFigure(lang, true),
  // The home page's key figure is the hero run's signal evolution.
  'key-figure': (lang) => heroFigure(lang, true),
  'fig-signal-evolution': (lang) => heroFigure(lang, false),
  'fig-spectrum': spectrumFigure,
  'fig-circle-planes': circlePlanesFigure,
  'fig-circle-evolution': circleEvolutionFigure,
  'fig-circles-vs-dim': circlesVsDimFigure,
  'fig-frozen-embedding': frozenFigure,
  'fig-survival-vs-signal': survivalVsSignalFigure,
  'fig-perturbation': perturbationFigure,
  'fig-construction': constructionFigure,
  'fig-gradient-hist': gradientHistFigure,
  'fig-gradient-scatter': gradientScatterFigure,
  'fig-collaboration': collaborationFigure,
  'fig-ablation': ablationFigure,
};

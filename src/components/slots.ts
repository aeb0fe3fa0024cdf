/**
 * What fills each <FigureSlot id="…">: a static figure rendered at build time, or a live
 * widget (an island that takes over its static figure). One line per slot id; an id missing
 * here leaves its slot as an anchor only, and the page reads complete without it.
 * Components receive `lang` and `id`.
 */
import TwoSpecies from '../islands/ode/TwoSpecies.astro';
import CircleOde from '../islands/ode/CircleOde.astro';
import OdeFit from '../figures/components/OdeFit.astro';
import InteractionMatrix from '../figures/components/InteractionMatrix.astro';
import LabWidget from '../islands/lab/LabWidget.astro';
import StaticFigure from '../figures/components/StaticFigure.astro';
import Collaboration from '../islands/collaboration/Collaboration.astro';
import DimensionWidget from '../islands/dimension/DimensionWidget.astro';
import FitnessWidget from '../islands/fitness/FitnessWidget.astro';

export type SlotComponent = (props: { lang: 'en' | 'ja'; id: string }) => unknown;

export const slotContent: Record<string, SlotComponent> = {
  'widget-two-species': TwoSpecies,
  'widget-circle-ode': CircleOde,
  'fig-ode-fit': OdeFit,
  'fig-interaction-matrix': InteractionMatrix,
  'widget-lab': LabWidget,
  'widget-collaboration': Collaboration,
  'widget-dimension': DimensionWidget,
  'widget-perturbation': FitnessWidget,
  'fig-hero': StaticFigure,
  'key-figure': StaticFigure,
  'fig-signal-evolution': StaticFigure,
  'fig-spectrum': StaticFigure,
  'fig-circle-planes': StaticFigure,
  'fig-circle-evolution': StaticFigure,
  'fig-circles-vs-dim': StaticFigure,
  'fig-frozen-embedding': StaticFigure,
  'fig-survival-vs-signal': StaticFigure,
  'fig-perturbation': StaticFigure,
  'fig-construction': StaticFigure,
  'fig-gradient-hist': StaticFigure,
  'fig-gradient-scatter': StaticFigure,
  'fig-collaboration': StaticFigure,
  'fig-ablation': StaticFigure,
};

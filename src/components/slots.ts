/**
 * What fills each <FigureSlot id="…">: a live widget (an island that takes over its static
 * figure), or a static figure rendered at build time. Widgets are listed here; every figure id
 * with a builder (src/figures/builders) fills its slot with StaticFigure, so a new figure needs
 * one line in BUILDERS and none here. An id missing from both leaves its slot as an anchor only,
 * and the page reads complete without it. Components receive `lang` and `id`.
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
import { BUILDERS } from '../figures/builders';

export type SlotComponent = (props: { lang: 'en' | 'ja'; id: string }) => unknown;

/** Slots whose content is not a built static figure: the islands and section 7's ODE figures. */
const SPECIAL: Record<string, SlotComponent> = {
  'widget-two-species': TwoSpecies,
  'widget-circle-ode': CircleOde,
  'fig-ode-fit': OdeFit,
  'fig-interaction-matrix': InteractionMatrix,
  'widget-lab': LabWidget,
  'widget-collaboration': Collaboration,
  'widget-dimension': DimensionWidget,
  'widget-perturbation': FitnessWidget,
};

export const slotContent: Record<string, SlotComponent> = {
  ...Object.fromEntries(Object.keys(BUILDERS).map((id) => [id, StaticFigure as SlotComponent])),
  ...SPECIAL,
};

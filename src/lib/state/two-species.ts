/**
 * The two-species Lotka–Volterra widget's state (section 7): the eight slider values, in the URL
 * under `two.` (e.g. `?two.a12=0.8&two.a21=1.2`), so a link reopens the same competition. The
 * bounds and grid are the sliders' own, so a value read from a link is one the slider can show.
 */
import { TWO_SPECIES_DEFAULTS, TWO_SPECIES_RANGES, type TwoSpeciesInput } from '../ode/two-species-model';
import { parseState, writeState, type FloatField, type Notice } from './schema';

export const TWO_NAMESPACE = 'two';

type TwoSchema = Record<keyof TwoSpeciesInput, FloatField>;

export const twoSpeciesSchema: TwoSchema = Object.fromEntries(
  (Object.keys(TWO_SPECIES_RANGES) as (keyof TwoSpeciesInput)[]).map((k) => {
    const [min, max, step] = TWO_SPECIES_RANGES[k];
    return [k, { type: 'float', default: TWO_SPECIES_DEFAULTS[k], min, max, step } satisfies FloatField];
  }),
) as TwoSchema;

export function readTwoSpeciesState(search: URLSearchParams | string): { state: TwoSpeciesInput; notices: Notice[] } {
  return parseState(twoSpeciesSchema, search, TWO_NAMESPACE);
}

export function writeTwoSpeciesState(state: TwoSpeciesInput, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return writeState(twoSpeciesSchema, state, TWO_NAMESPACE, params);
}

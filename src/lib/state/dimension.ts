/**
 * The dimension figure's state (section 4): the chosen embedding dimension, in the URL under
 * `dim.` (`?dim.d=32`). Its allowed values are the widths the reference sweep has runs for, so the
 * schema is made from the data; a width between two of them snaps to the nearest, with a notice.
 */
import { parseState, writeState, type EnumField, type Notice } from './schema';

export const DIM_NAMESPACE = 'dim';

export function dimensionSchema(widths: readonly number[], preferred = 128) {
  const fallback = widths.includes(preferred) ? preferred : widths[widths.length - 1]!;
  return { d: { type: 'enum', default: fallback, values: widths } as EnumField<number> };
}

export function readDimensionState(widths: readonly number[], search: URLSearchParams | string): { d: number; notices: Notice[] } {
  const { state, notices } = parseState(dimensionSchema(widths), search, DIM_NAMESPACE);
  return { d: state.d, notices };
}

export function writeDimensionState(widths: readonly number[], d: number, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return writeState(dimensionSchema(widths), { d }, DIM_NAMESPACE, params);
}

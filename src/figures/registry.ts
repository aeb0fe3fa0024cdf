/**
 * What fills each <FigureSlot id="…">: a static figure rendered at build time, or a live
 * widget (an island that takes over its static figure). One line per slot id; an id missing
 * here leaves its slot as an anchor only, and the page reads complete without it.
 * Components receive `lang` and `id`.
 */
export type SlotComponent = (props: { lang: 'en' | 'ja'; id: string }) => unknown;

export const slotContent: Record<string, SlotComponent> = {};

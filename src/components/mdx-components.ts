// The components content writers use in MDX without importing them.
import Term from './Term.astro';
import FigureSlot from './FigureSlot.astro';
import Aside from './Aside.astro';
import Src from './Src.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Term, FigureSlot, Aside, Src, Stat };

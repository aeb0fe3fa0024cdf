import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';

// The content writer's files live under ./content (see the content contract in the site notes).
// Entry ids keep the language folder ("en/01-ecology"), so one collection holds both languages.

const SECTION_SLUGS = ['ecology', 'setup', 'circles', 'dimension', 'fitness', 'collaboration', 'lotka-volterra', 'discussion'] as const;

// The glob loader would use a frontmatter `slug` as the id, and both languages share slugs:
// keep the path ("en/01-ecology") instead.
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const sections = defineCollection({
  loader: glob({ pattern: '{en,ja}/*.mdx', base: './content/sections', generateId: pathId }),
  schema: z.object({
    title: z.string(),
    order: z.number().int().min(1).max(8),
    slug: z.enum(SECTION_SLUGS),
    description: z.string(),
    keyPoints: z.array(z.string()).length(3),
    paperRef: z.string(),
    translated: z.boolean().default(true),
  }),
});

const link = z.object({ title: z.string(), body: z.string(), href: z.string() });
const path = z.object({ label: z.string(), body: z.string(), href: z.string() });

const pages = defineCollection({
  loader: glob({ pattern: '{en,ja}/*.mdx', base: './content/pages', generateId: pathId }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    translated: z.boolean().default(true),
    // Only home.mdx carries these two.
    claims: z.array(link).optional(),
    paths: z.array(path).optional(),
    // Only summary.mdx carries these: the three-line conclusion (what was found, how sure we are,
    // what it means) and the meeting phrases, shown beside the key figure in the first screen.
    conclusion: z
      .array(z.object({ label: z.string(), text: z.string() }))
      .length(3)
      .optional(),
    phrases: z.array(z.object({ text: z.string(), href: z.string() })).optional(),
  }),
});

const glossaryEntry = z.object({
  id: z.string(),
  term: z.string(),
  definition: z.string(),
  see: z.array(z.string()).optional(),
  section: z.enum(SECTION_SLUGS).optional(),
});

// The file loader reads one file per collection, and both glossary files share their ids,
// so each language gets its own collection (src/i18n/glossary.ts joins them by language).
const glossaryEn = defineCollection({ loader: file('content/glossary/en.yaml'), schema: glossaryEntry });
const glossaryJa = defineCollection({ loader: file('content/glossary/ja.yaml'), schema: glossaryEntry });

export const collections = { sections, pages, glossaryEn, glossaryJa };

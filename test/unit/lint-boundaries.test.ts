/**
 * The import boundaries of eslint.config.js hold: each rule rejects an import that crosses it and
 * accepts the allowed neighbour, so a weakened pattern fails here rather than passing silently.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages for one import line placed in a file at filePath. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('src/figures does not import src/islands (TypeScript, frontmatter and client scripts)', async () => {
    expect(await restricted('src/figures/specs/probe.ts', "import { odeT } from '../../islands/ode/i18n';\nexport const x = odeT;\n")).toHaveLength(1);
    expect(await restricted('src/figures/components/Probe.astro', "---\nimport W from '../../islands/lab/LabWidget.astro';\n---\n<W />\n")).toHaveLength(1);
    expect(
      await restricted('src/figures/components/Probe.astro', "---\n---\n<p>x</p>\n<script>\n  import '../../islands/lab/lab-element';\n</script>\n"),
    ).toHaveLength(1);
    expect(await restricted('src/figures/specs/probe.ts', "import { odeT } from '../../i18n/ode';\nexport const x = odeT;\n")).toEqual([]);
  });

  it('an island imports another island only through the training client’s public modules', async () => {
    expect(await restricted('src/islands/fitness/probe.ts', "import { a } from '../lab/lab-dom';\nexport const x = a;\n")).toHaveLength(1);
    expect(await restricted('src/islands/fitness/probe.ts', "import { a } from '../training/worker-backend';\nexport const x = a;\n")).toHaveLength(1);
    for (const m of ['client', 'protocol', 'last-run']) {
      expect(await restricted('src/islands/fitness/probe.ts', `import { a } from '../training/${m}';\nexport const x = a;\n`)).toEqual([]);
    }
    expect(await restricted('src/islands/fitness/probe.ts', "import { a } from '../../figures/data/fitness';\nexport const x = a;\n")).toEqual([]);
  });

  it('src/lib, src/reference and src/cli import nothing above them; nothing in src imports test/', async () => {
    expect(await restricted('src/lib/ode/probe.ts', "import { a } from '../../reference/cache';\nexport const x = a;\n")).toHaveLength(1);
    expect(await restricted('src/lib/probe.ts', "import { a } from '../figures/look';\nexport const x = a;\n")).toHaveLength(1);
    expect(await restricted('src/reference/probe.ts', "import { a } from '../islands/training/client';\nexport const x = a;\n")).toHaveLength(1);
    expect(await restricted('src/cli/probe.ts', "import { a } from '../figures/look';\nexport const x = a;\n")).toHaveLength(1);
    expect(await restricted('src/reference/probe.ts', "import { a } from '../lib/config';\nexport const x = a;\n")).toEqual([]);
    expect(await restricted('src/pages/probe.ts', "import g from '../../test/fixtures/golden.json';\nexport const x = g;\n")).toHaveLength(1);
  });
});

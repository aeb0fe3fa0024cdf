/**
 * `npm run train -- …`: train the paper's network in Node (the fused WebAssembly SIMD engine by
 * default, see engine/backend.ts) and write a run file.
 * See USAGE in ./args.ts and the README.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCli, resolveConfig, USAGE, UsageError } from './args';
import { ProgressBar } from './progress';
import { parseInitFile, InitFileError, type InitFile } from '../lib/init-file';
import { ConfigError } from '../lib/config';
import { startBackend } from '../lib/engine/backend';
import { runTraining } from '../lib/run';

async function main(argv: string[]): Promise<number> {
  const cli = parseCli(argv);
  if (cli.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let init: InitFile | null = null;
  if (cli.initFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(cli.initFile, 'utf8'));
    } catch (err) {
      throw new InitFileError(`cannot read ${cli.initFile}: ${(err as Error).message}`);
    }
    init = parseInitFile(raw);
  }
  const config = resolveConfig(cli, init?.config ?? null, init ? { p: init.p, d: init.d, hidden: init.hidden } : undefined);
  const backend = await startBackend(cli.backend);
  const bar = cli.quiet ? null : new ProgressBar(config.steps);
  const run = await runTraining(config, {
    backend,
    init: init?.params,
    split: init?.split,
    logEvery: cli.logEvery,
    snapshots: cli.snapshots,
    onProgress: (step, _total, last) => bar?.update(step, last ? `loss ${last.trainLoss.toPrecision(3)}  test acc ${last.testAcc.toFixed(3)}` : ''),
  });
  bar?.finish();
  writeFileSync(cli.out, JSON.stringify(run));
  if (run.diverged) {
    process.stderr.write(`stopped: ${run.diverged.message}. Partial run written to ${cli.out}\n`);
    return 3;
  }
  const i = run.steps.length - 1;
  process.stderr.write(
    `wrote ${cli.out}: ${config.steps} steps on ${backend.name} (${backend.precision}); ` +
      `final train loss ${run.trainLoss[i]}, test acc ${run.testAcc[i]}, circles [${run.circles.join(', ')}]\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof InitFileError) {
      process.stderr.write(`error: ${err.message}\n${err instanceof UsageError ? 'Run with --help for usage.\n' : ''}`);
      process.exit(2);
    }
    process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);

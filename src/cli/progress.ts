/** A one-line progress bar with rate and ETA for terminals (stderr), plain lines elsewhere. */
export class ProgressBar {
  private readonly start = performance.now();
  private lastPrint = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, note = ''): void {
    const now = performance.now();
    if (done < this.total && now - this.lastPrint < 200) return;
    this.lastPrint = now;
    const elapsed = (now - this.start) / 1000;
    const rate = done / Math.max(elapsed, 1e-9);
    const frac = this.total > 0 ? done / this.total : 1;
    const eta = rate > 0 ? (this.total - done) / rate : Infinity;
    const width = 24;
    const filled = Math.round(frac * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${bar} ${done}/${this.total} ${(frac * 100).toFixed(0)}%  ${rate.toFixed(1)} steps/s  ETA ${formatSeconds(eta)}  ${note}`;
    if (this.stream.isTTY) this.stream.write(`\r${line}\x1b[K`);
    else if (done === this.total || now - this.start > 0) this.stream.write(line + '\n');
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

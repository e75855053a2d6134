/** A one-line progress bar on a TTY; silent when piped, with --json, or when quiet. */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly label: string,
    opts: { quiet?: boolean; stream?: NodeJS.WriteStream } = {},
  ) {
    this.stream = opts.stream ?? process.stderr;
    this.enabled = !opts.quiet && !!this.stream.isTTY && total > 0;
  }
  private readonly stream: NodeJS.WriteStream;

  tick(done: number, note = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.last < 80) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    const cols = this.stream.columns ?? 80;
    const line = `${this.label} [${bar}] ${done}/${this.total} ${note}`.slice(0, cols - 1);
    this.stream.write(`\r${line}\x1b[K`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}

/**
 * A one-line progress bar for long scans: drawn on stderr in place when it is a terminal, throttled so a fast
 * sweep does not spend its time repainting, and silent otherwise (CI logs, pipes, `--format json > file`).
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Whether anything is drawn at all (a TTY). */
  readonly active: boolean;
  setTotal(total: number): void;
  /** One more item done; `label` (a repository name) is shown after the counts. */
  tick(label?: string): void;
  /** Replaces the label without counting, e.g. `listing repositories… 200`. */
  status(label: string): void;
  /** Clears the line; call before printing the final table. */
  done(): void;
}

import type { SweepProgress } from './sweep.js';

const REDRAW_MS = 80;

export function createProgress(
  stream: ProgressStream,
  total: number,
  options: { now?: () => number } = {},
): Progress {
  const now = options.now ?? Date.now;
  const active = stream.isTTY === true;
  let count = 0;
  let max = total;
  let label = '';
  let last = -Infinity;
  let drawn = false;

  const draw = (force: boolean): void => {
    if (!active) return;
    const t = now();
    if (!force && t - last < REDRAW_MS) return;
    last = t;
    stream.write(`\r\x1b[2K${render(count, max, label, stream.columns ?? 80)}`);
    drawn = true;
  };

  return {
    active,
    setTotal(n) {
      if (n === max) return;
      max = n;
      draw(true);
    },
    tick(name) {
      count++;
      if (name !== undefined) label = name;
      draw(count >= max);
    },
    status(text) {
      label = text;
      draw(false);
    },
    done() {
      if (active && drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** `[#####.....]  12/50  24%  octo-org/api`, cut to the terminal width. */
export function render(count: number, total: number, label: string, columns: number): string {
  const counts =
    total > 0 ? `${count}/${total} ${String(Math.floor((100 * count) / total)).padStart(3)}%` : `${count}`;
  const width = Math.max(10, Math.min(30, columns - counts.length - 8));
  const filled = total > 0 ? Math.min(width, Math.round((width * count) / total)) : 0;
  const shown = total === 0 && count === 0 ? label : `${counts} ${label}`;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${shown}`;
  return line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}

/**
 * The sweep's progress on `stream`: pass `onProgress` to sweepOrganisation and `onWait` to the GitHub client
 * (so a rate-limit pause shows instead of a frozen bar), and call `done()` before printing the table.
 */
export function sweepProgressBar(
  stream: ProgressStream,
  options: { now?: () => number } = {},
): {
  onProgress: (event: SweepProgress) => void;
  onWait: (info: { reason: string; ms: number }) => void;
  done: () => void;
} {
  const bar = createProgress(stream, 0, options);
  return {
    onProgress(event) {
      if (event.phase === 'listing') {
        bar.status(`listing repositories… ${event.listed}`);
        return;
      }
      bar.setTotal(event.total);
      bar.tick(event.repository);
    },
    onWait(info) {
      bar.status(
        `waiting ${Math.ceil(info.ms / 1000)} s (${info.reason === 'transient' ? 'retrying' : 'rate limit'})`,
      );
    },
    done: () => bar.done(),
  };
}

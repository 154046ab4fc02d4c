import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import "./chunk-XXN2UIB3.js";

// src/scan/progress.ts
var REDRAW_MS = 80;
function createProgress(stream, total, options = {}) {
  const now = options.now ?? Date.now;
  const active = stream.isTTY === true;
  let count = 0;
  let max = total;
  let label = "";
  let last = -Infinity;
  let drawn = false;
  const draw = (force) => {
    if (!active) return;
    const t = now();
    if (!force && t - last < REDRAW_MS) return;
    last = t;
    stream.write(`\r\x1B[2K${render(count, max, label, stream.columns ?? 80)}`);
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
      if (name !== void 0) label = name;
      draw(count >= max);
    },
    status(text) {
      label = text;
      draw(false);
    },
    done() {
      if (active && drawn) stream.write("\r\x1B[2K");
      drawn = false;
    }
  };
}
function render(count, total, label, columns) {
  const counts = total > 0 ? `${count}/${total} ${String(Math.floor(100 * count / total)).padStart(3)}%` : `${count}`;
  const width = Math.max(10, Math.min(30, columns - counts.length - 8));
  const filled = total > 0 ? Math.min(width, Math.round(width * count / total)) : 0;
  const shown = total === 0 && count === 0 ? label : `${counts} ${label}`;
  const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${shown}`;
  return line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}
function sweepProgressBar(stream, options = {}) {
  const bar = createProgress(stream, 0, options);
  return {
    onProgress(event) {
      if (event.phase === "listing") {
        bar.status(`listing repositories\u2026 ${event.listed}`);
        return;
      }
      bar.setTotal(event.total);
      bar.tick(event.repository);
    },
    onWait(info) {
      bar.status(
        `waiting ${Math.ceil(info.ms / 1e3)} s (${info.reason === "transient" ? "retrying" : "rate limit"})`
      );
    },
    done: () => bar.done()
  };
}
export {
  createProgress,
  render,
  sweepProgressBar
};

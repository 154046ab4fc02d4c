import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress, render, sweepProgressBar } from '../../src/scan/progress.js';

function stream(isTTY: boolean, columns = 60) {
  const writes: string[] = [];
  return { writes, isTTY, columns, write: (t: string) => writes.push(t) };
}

test('nothing is written when stderr is not a terminal', () => {
  const s = stream(false);
  const p = createProgress(s, 3);
  p.setTotal(3);
  p.tick('a/b');
  p.status('x');
  p.done();
  assert.equal(p.active, false);
  assert.deepEqual(s.writes, []);
});

test('on a terminal the line is redrawn in place, throttled, always at the end, and cleared', () => {
  const s = stream(true);
  let now = 0;
  const p = createProgress(s, 4, { now: () => now });
  p.tick('acme/a'); // first draw
  now += 10;
  p.tick('acme/b'); // throttled
  now += 10;
  p.tick('acme/c'); // throttled
  now += 10;
  p.tick('acme/d'); // the last one is always drawn
  assert.equal(s.writes.length, 2);
  for (const w of s.writes) assert.ok(w.startsWith('\r\x1b[2K'));
  assert.match(s.writes[0] ?? '', /1\/4 {2}25% acme\/a/);
  assert.match(s.writes[1] ?? '', /4\/4 100% acme\/d/);
  p.done();
  assert.equal(s.writes.at(-1), '\r\x1b[2K');
});

test('the bar fits the terminal width and copes with an unknown total', () => {
  const line = render(5, 10, 'octo-org/a-very-long-repository-name-that-goes-on-and-on', 50);
  assert.ok(line.length < 50);
  assert.match(line, /^\[#+\.+\] 5\/10 {2}50% /);
  assert.match(render(7, 0, 'listing', 80), /^\[\.+\] 7 listing$/);
});

test('the sweep bar shows listing, then repositories, and rate-limit pauses', () => {
  const s = stream(true, 100);
  let now = 0;
  const bar = sweepProgressBar(s, { now: () => (now += 100) });
  bar.onProgress({ phase: 'listing', listed: 100 });
  bar.onProgress({ phase: 'scanning', done: 1, total: 2, repository: 'acme/a', status: 'scanned' });
  bar.onWait({ reason: 'secondary', ms: 60_000 });
  bar.onProgress({ phase: 'scanning', done: 2, total: 2, repository: 'acme/b', status: 'skipped' });
  bar.done();
  const text = s.writes.join('');
  assert.match(text, /\] listing repositories… 100/);
  assert.match(text, /1\/2 {2}50% acme\/a/);
  assert.match(text, /waiting 60 s \(rate limit\)/);
  assert.match(text, /2\/2 100% acme\/b/);
});

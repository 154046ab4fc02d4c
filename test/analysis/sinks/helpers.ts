/** Test helpers: parse real snippets with the script parsers and summarise what the sink matchers found. */
import { parseScript } from '../../../src/scripts/index.js';
import type { Language, Script, Word } from '../../../src/scripts/types.js';
import {
  matchCall,
  matchCommand,
  matchWrite,
  type ToolSinkMatch,
} from '../../../src/analysis/sinks/index.js';
import { destinationOf } from '../../../src/analysis/destinations.js';
import { staticText } from '../../../src/analysis/sinks/words.js';

export interface Summary {
  tool: string;
  channel: string;
  /** Destination hosts (host[:port]); `?` for unknown. The default host is listed as `default:host`. */
  hosts: string[];
  /** Payload words as written. */
  payload: string[];
  uploads: string[];
  stdin: boolean;
  readsEnv: string[];
  readsFiles: string[];
}

export function summarise(m: ToolSinkMatch): Summary {
  const hosts = m.destinations.map((w, i) => {
    const d = destinationOf(w, m.destinationHints[i] ?? 'url');
    return d.host === null ? '?' : d.port !== undefined ? `${d.host}:${d.port}` : d.host;
  });
  if (m.defaultHost) hosts.push(`default:${m.defaultHost}`);
  return {
    tool: m.tool,
    channel: m.channel,
    hosts,
    payload: m.payload.map(text),
    uploads: m.uploads.map(text),
    stdin: m.sendsStdin,
    readsEnv: m.readsEnv,
    readsFiles: m.readsFiles,
  };
}

/** A word's static text, or its raw form when not static. */
export function text(w: Word): string {
  return staticText(w) ?? w.raw;
}

export function matchAll(script: Script): ToolSinkMatch[] {
  const out: ToolSinkMatch[] = [];
  for (const op of script.ops) {
    if (op.kind === 'command') out.push(...matchCommand(op, script));
    else if (op.kind === 'call') out.push(...matchCall(op, script));
    else if (op.kind === 'write') out.push(...matchWrite(op));
    else if (op.kind === 'inline' && op.script) out.push(...matchAll(op.script));
  }
  return out;
}

/** Parses the snippet and returns the summaries of every sink in it. */
export async function sinks(code: string, language: Language = 'bash'): Promise<Summary[]> {
  return matchAll(await parseScript(code, language)).map(summarise);
}

/** The single sink in the snippet (fails when there is not exactly one). */
export async function one(code: string, language: Language = 'bash'): Promise<Summary> {
  const all = await sinks(code, language);
  if (all.length !== 1)
    throw new Error(`expected one sink in ${code}, got ${all.length}: ${JSON.stringify(all)}`);
  return all[0] as Summary;
}

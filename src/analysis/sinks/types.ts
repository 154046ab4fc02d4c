/**
 * What each sink matcher returns, and the shapes of the per-family matchers that index.ts registers.
 */
import type { CallOp, CommandOp, Script, Span, Word } from '../../scripts/types.js';
import type { SinkMatch } from '../types.js';
import type { DestinationHint } from '../destinations.js';

/**
 * A SinkMatch plus how to read each destination word (`destinationHints[i]` is for `destinations[i]`), so the
 * engine can call `destinationOf(word, hint)` without knowing the tool.
 */
export interface ToolSinkMatch extends SinkMatch {
  destinationHints: DestinationHint[];
}

export interface CommandSink {
  /** Command names this matcher handles (after the parser strips sudo/env/paths). */
  names: readonly string[];
  match(op: CommandOp, script: Script): ToolSinkMatch[];
}

export interface CallSink {
  /** Returns matches when the callee is one of this family's, or an empty list. */
  match(op: CallOp, script: Script): ToolSinkMatch[];
}

export interface SinkInit {
  tool: string;
  channel: SinkMatch['channel'];
  span: Span;
  destinations?: { word: Word; hint: DestinationHint }[];
  defaultHost?: string;
  payload?: Word[];
  sendsStdin?: boolean;
  readsEnv?: string[];
  readsFiles?: string[];
  uploads?: Word[];
}

/** Builds a match; destination words are also payload, since a host or URL built from a secret leaks it. */
export function sink(init: SinkInit): ToolSinkMatch {
  const dests = init.destinations ?? [];
  const payload = [...(init.payload ?? [])];
  for (const d of dests) if (!payload.includes(d.word)) payload.push(d.word);
  const m: ToolSinkMatch = {
    tool: init.tool,
    channel: init.channel,
    destinations: dests.map((d) => d.word),
    destinationHints: dests.map((d) => d.hint),
    payload,
    sendsStdin: init.sendsStdin ?? false,
    readsEnv: init.readsEnv ?? [],
    readsFiles: init.readsFiles ?? [],
    uploads: init.uploads ?? [],
    span: init.span,
  };
  if (init.defaultHost !== undefined) m.defaultHost = init.defaultHost;
  return m;
}

/** A destination the tool cannot know statically (a curl config file, a kube cluster): reported as unknown. */
export function unknownWord(raw: string, span: Span): Word {
  return { raw, parts: [{ kind: 'dynamic', text: raw }], span };
}

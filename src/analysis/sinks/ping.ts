/**
 * ping: `-p PATTERN` fills ICMP echo payloads with up to 16 chosen bytes (hex), a known covert channel; the
 * host name itself is also looked up through DNS.
 */
import type { CommandOp } from '../../scripts/types.js';
import { optionValues, parseOptions } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';

export function matchPing(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'ciIlmMpQsStTwWF', longWithArg: new Set() });
  const host = parsed.positionals.at(-1);
  if (!host) return [];
  return [
    sink({
      tool: op.name,
      channel: 'icmp',
      span: op.span,
      destinations: [{ word: host, hint: 'host' }],
      payload: optionValues(parsed, '-p'),
    }),
  ];
}

export const pingSink: CommandSink = { names: ['ping', 'ping6'], match: (op) => matchPing(op) };

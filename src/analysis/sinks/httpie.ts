/**
 * HTTPie (`http`, `https`, `xh`, `xhs`): `[METHOD] URL [ITEM…]` where items are `Header:value`,
 * `field=value`, `field:=json`, `param==value`, `field@file`, `field=@file`, `field:=@file`; a bare `:port/path`
 * URL means localhost. stdin is the body unless `--ignore-stdin`.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import { hasOption, optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { subWord, template } from './words.js';

const HTTPIE_OPTIONS: OptionSpec = {
  shortWithArg: 'aAop',
  longWithArg: new Set(
    `auth auth-type output print history-print pretty style format-options response-charset
    response-mime session session-read-only proxy verify cert cert-key cert-key-pass ssl ciphers
    max-redirects timeout boundary default-scheme path-as-is unix-socket raw`.split(/\s+/),
  ),
};

const METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT|QUERY)$/i;

export function matchHttpie(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, HTTPIE_OPTIONS);
  const positionals = [...parsed.positionals];
  if (positionals[0] && METHODS.test(template(positionals[0]))) positionals.shift();
  const url = positionals.shift();
  const payload: Word[] = [...optionValues(parsed, '-a', '--auth', '--raw')];
  const uploads: Word[] = [];
  for (const item of positionals) {
    const tpl = template(item);
    const m = /(:=@|=@|@)/.exec(tpl);
    const sep = /(==|:=|=|:)/.exec(tpl);
    if (m && (!sep || m.index <= sep.index)) uploads.push(subWord(item, m.index + m[0].length));
    else payload.push(item);
  }
  const destinations = url ? [{ word: url, hint: 'url' as const }] : [];
  for (const proxy of optionValues(parsed, '--proxy')) {
    // `--proxy=http:http://proxy:3128`: the proxy URL follows the protocol.
    const colon = template(proxy).indexOf(':');
    destinations.push({ word: subWord(proxy, colon + 1), hint: 'url' });
  }
  return [
    sink({
      tool: op.name,
      channel: 'http',
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin: !hasOption(parsed, '--ignore-stdin', '-I'),
      readsFiles: ['~/.netrc'],
    }),
  ];
}

export const httpieSink: CommandSink = {
  names: ['http', 'https', 'xh', 'xhs'],
  match: (op) => matchHttpie(op),
};

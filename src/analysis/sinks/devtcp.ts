/**
 * bash's `/dev/tcp/HOST/PORT` and `/dev/udp/HOST/PORT` redirections: `echo $T > /dev/tcp/h/443`,
 * `exec 3<>/dev/tcp/h/p; echo $T >&3`, `cat f > /dev/udp/h/53`. The shell itself opens the socket, so any
 * command can be the sender.
 */
import type { CommandOp, Redirect, Script, Word, WriteOp } from '../../scripts/types.js';
import { sink, type ToolSinkMatch } from './types.js';
import { concatWords, subWord, template } from './words.js';

const DEV = /^\/dev\/(tcp|udp)\//;

/** `host:port` for a `/dev/tcp/HOST/PORT` word, or null when the word is not such a path. */
export function devSocketTarget(word: Word): { word: Word; protocol: 'tcp' | 'udp' } | null {
  const tpl = template(word);
  const m = DEV.exec(tpl);
  if (!m) return null;
  const slash = tpl.indexOf('/', m[0].length);
  const host = subWord(word, m[0].length, slash >= 0 ? slash : undefined);
  const joined = slash >= 0 ? concatWords([host, ':', subWord(word, slash + 1)], word.span) : host;
  return { word: { ...joined, span: word.span }, protocol: m[1] === 'udp' ? 'udp' : 'tcp' };
}

/** Commands whose output is (a function of) their arguments rather than their stdin. */
const ARG_PRINTERS = new Set(['echo', 'printf', 'print', 'Write-Output']);
/** Commands whose arguments are files whose content they print. */
const FILE_PRINTERS = new Set(['cat', 'tac', 'head', 'tail', 'base64', 'xxd', 'od', 'hexdump', 'gzip', 'dd']);

function writes(r: Redirect): boolean {
  return r.op.includes('>');
}

function senderMatch(op: CommandOp, target: Word, protocol: string, sending: boolean): ToolSinkMatch {
  const isPrinter = ARG_PRINTERS.has(op.name);
  const isFile = FILE_PRINTERS.has(op.name);
  return sink({
    tool: `/dev/${protocol}`,
    channel: 'socket',
    span: op.span,
    destinations: [{ word: target, hint: 'host' }],
    payload: sending && !isFile ? op.args : [],
    uploads: sending && isFile ? op.args.filter((a) => !template(a).startsWith('-')) : [],
    sendsStdin: sending && !isPrinter,
  });
}

/** Socket fds opened in the script (`exec 3<>/dev/tcp/…`), by descriptor number. */
function openedSockets(script: Script, before: number): Map<number, { word: Word; protocol: string }> {
  const fds = new Map<number, { word: Word; protocol: string }>();
  for (const op of script.ops.slice(0, before)) {
    if (op.kind !== 'command') continue;
    for (const r of op.redirects) {
      const t = r.target && devSocketTarget(r.target);
      if (t && r.fd !== undefined && r.fd > 2) fds.set(r.fd, t);
    }
  }
  return fds;
}

export function matchDevTcp(op: CommandOp, script: Script): ToolSinkMatch[] {
  const matches: ToolSinkMatch[] = [];
  let fds: Map<number, { word: Word; protocol: string }> | undefined;
  for (const r of op.redirects) {
    if (!r.target) continue;
    const direct = devSocketTarget(r.target);
    // The parser also models `cmd > /dev/tcp/…` as a WriteOp; matchWrite reports that one.
    const target = r.target;
    const modelledAsWrite = script.ops.some(
      (o) => o.kind === 'write' && o.target.span.start === target.span.start,
    );
    if (direct && modelledAsWrite && r.fd === undefined) continue;
    if (direct) {
      // `exec 3<>/dev/tcp/…` only opens the socket; a redirect of stdout (fd 1 or none) sends output.
      const sending = writes(r) && (r.fd === undefined || r.fd <= 2) && op.name !== 'exec' && op.name !== '';
      matches.push(senderMatch(op, direct.word, direct.protocol, sending));
      continue;
    }
    // `>&3`, `1>&3`: output to a descriptor opened on a socket earlier.
    const fdText = template(r.target);
    if (writes(r) && /^\d+$/.test(fdText) && r.op.includes('&')) {
      const index = script.ops.indexOf(op);
      fds ??= openedSockets(script, index >= 0 ? index : script.ops.length);
      const socket = fds.get(Number(fdText));
      if (socket) matches.push(senderMatch(op, socket.word, socket.protocol, true));
    }
  }
  return matches;
}

/** A WriteOp to `/dev/tcp/…` (how parsers may model `echo x > /dev/tcp/h/p`). */
export function matchDevTcpWrite(op: WriteOp): ToolSinkMatch[] {
  const t = devSocketTarget(op.target);
  if (!t) return [];
  return [
    sink({
      tool: `/dev/${t.protocol}`,
      channel: 'socket',
      span: op.span,
      destinations: [{ word: t.word, hint: 'host' }],
      payload: [op.content],
    }),
  ];
}

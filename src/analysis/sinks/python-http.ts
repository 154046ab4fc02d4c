/**
 * Python network clients: requests, httpx, aiohttp, urllib, urllib3, http.client, socket, smtplib, ftplib,
 * paramiko, websockets. Callees are canonical (`requests.Session.post`: the constructor stands for the
 * receiver), as the python parser produces them.
 */
import type { CallOp, Script, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { addressWord, arg, callsBefore, callsIn } from './calls.js';
import { sink, unknownWord, type CallSink, type ToolSinkMatch } from './types.js';
import { concatWords, literalPrefix } from './words.js';

const VERBS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'request',
  'stream',
  'send',
]);
const CLIENTS =
  /^(requests|requests\.Session|requests\.session|httpx|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession)\.(\w+)$/;
const PAYLOAD_KW = [
  'data',
  'json',
  'headers',
  'params',
  'auth',
  'cookies',
  'files',
  'content',
  'body',
  'fields',
];

function http(
  op: CallOp,
  url: Word | undefined,
  payload: (Word | undefined)[],
  tool = op.callee,
): ToolSinkMatch[] {
  const destinations: { word: Word; hint: DestinationHint }[] = url
    ? [{ word: url, hint: 'url' }]
    : [{ word: unknownWord(`${tool} URL`, op.span), hint: 'url' }];
  return [
    sink({
      tool,
      channel: 'http',
      span: op.span,
      destinations,
      payload: payload.filter((w): w is Word => !!w),
    }),
  ];
}

function kwPayload(op: CallOp): Word[] {
  return PAYLOAD_KW.flatMap((k) => (op.kwargs[k] ? [op.kwargs[k]] : []));
}

/** `base_url=` of the httpx client constructed before this call, joined with a relative URL. */
function withBaseUrl(op: CallOp, script: Script, client: string, url: Word | undefined): Word | undefined {
  if (url && !literalPrefix(url).startsWith('/')) return url;
  const ctor = callsBefore(script, op, (c) => c === client).at(-1);
  const base = ctor?.kwargs['base_url'];
  if (!base) return url;
  return url ? concatWords([base, url], url.span) : base;
}

function matchClient(op: CallOp, script: Script): ToolSinkMatch[] {
  const m = CLIENTS.exec(op.callee);
  if (!m) return [];
  const [, client = '', verb = ''] = m;
  if (!VERBS.has(verb)) return [];
  const isRequest = verb === 'request' || verb === 'stream' || verb === 'send';
  let url = isRequest ? arg(op, 1, 'url') : arg(op, 0, 'url');
  if (client.includes('.')) url = withBaseUrl(op, script, client, url);
  const positionalData = isRequest ? op.args.slice(2) : op.args.slice(1);
  return http(op, url, [...positionalData, ...kwPayload(op)]);
}

function matchUrllib(op: CallOp, script: Script): ToolSinkMatch[] {
  switch (op.callee) {
    case 'urllib.request.Request':
      return http(op, arg(op, 0, 'url'), [arg(op, 1, 'data'), arg(op, 2, 'headers')]);
    case 'urllib.request.urlopen':
    case 'urllib.urlopen':
    case 'urllib2.urlopen': {
      const target = arg(op, 0, 'url');
      // urlopen(Request(...)) or urlopen(req): the Request call is the sink.
      if (target && isRequestObject(target, script)) {
        const data = arg(op, 1, 'data');
        return data
          ? http(op, undefined, [data]).map((s) => ({ ...s, destinations: [], destinationHints: [] }))
          : [];
      }
      return http(op, target, [arg(op, 1, 'data')]);
    }
    case 'urllib3.request':
    case 'urllib3.PoolManager.request':
    case 'urllib3.PoolManager.request_encode_body':
    case 'urllib3.PoolManager.urlopen':
      return http(op, arg(op, 1, 'url'), [arg(op, 2, 'body'), ...kwPayload(op)]);
    default:
      return [];
  }
}

/** Whether a word is (a variable assigned from) a `urllib.request.Request(...)` call. */
function isRequestObject(word: Word, script: Script): boolean {
  const requestOps = new Set(
    script.ops.flatMap((o, i) => (o.kind === 'call' && o.callee === 'urllib.request.Request' ? [i] : [])),
  );
  if (requestOps.size === 0) return false;
  return word.parts.some((p) => {
    if (p.kind === 'output') return p.ops.some((i) => requestOps.has(i));
    if (p.kind === 'var') {
      return script.ops.some(
        (o) =>
          o.kind === 'assign' &&
          o.name === p.name &&
          o.value.parts.some((q) => q.kind === 'output' && q.ops.some((i) => requestOps.has(i))),
      );
    }
    return false;
  });
}

/** `http.client.HTTPSConnection(host[, port]).request(method, url, body, headers)`. */
function matchHttpClient(op: CallOp, script: Script): ToolSinkMatch[] {
  const m = /^(http\.client|httplib)\.(HTTPS?Connection)(?:\.(\w+))?$/.exec(op.callee);
  if (!m) return [];
  const [, mod = '', cls = '', method] = m;
  const scheme = cls === 'HTTPSConnection' ? 'https://' : 'http://';
  if (!method) return [];
  if (!['request', 'putrequest', 'putheader', 'send', 'endheaders'].includes(method)) return [];
  const ctor = callsBefore(script, op, (c) => c === `${mod}.${cls}`).at(-1);
  const host = ctor ? arg(ctor, 0, 'host') : undefined;
  const port = ctor ? arg(ctor, 1, 'port') : undefined;
  const url = host ? concatWords([scheme, host, ...(port ? [':', port] : [])], host.span) : undefined;
  const payload =
    method === 'request' ? [arg(op, 1, 'url'), arg(op, 2, 'body'), arg(op, 3, 'headers')] : [...op.args];
  return http(op, url, payload, `${mod}.${cls}.${method}`);
}

const SOCKET_CONNECT = /^socket\.(socket\.connect|socket\.connect_ex|create_connection)$/;

/** socket: connect((h, p)) + send/sendall(data), sendto(data, (h, p)). */
function matchSocket(op: CallOp, script: Script): ToolSinkMatch[] {
  const c = op.callee;
  if (SOCKET_CONNECT.test(c)) {
    const address = arg(op, 0, 'address');
    if (!address) return [];
    return [
      sink({
        tool: c,
        channel: 'socket',
        span: op.span,
        destinations: [{ word: addressWord(address), hint: 'host' }],
      }),
    ];
  }
  if (c === 'socket.socket.sendto') {
    const address = arg(op, op.args.length - 1, 'address');
    return [
      sink({
        tool: c,
        channel: 'socket',
        span: op.span,
        destinations: address ? [{ word: addressWord(address), hint: 'host' }] : [],
        payload: op.args.slice(0, 1),
      }),
    ];
  }
  if (/^socket\.(socket|create_connection)\.(send|sendall|write|sendmsg)$/.test(c)) {
    const connects = callsIn(script, (x) => SOCKET_CONNECT.test(x));
    const destinations = connects.flatMap((k) => {
      const a = arg(k, 0, 'address');
      return a ? [{ word: addressWord(a), hint: 'host' as const }] : [];
    });
    return [
      sink({
        tool: c,
        channel: 'socket',
        span: op.span,
        destinations:
          destinations.length > 0
            ? destinations
            : [{ word: unknownWord('socket peer', op.span), hint: 'host' }],
        payload: op.args,
      }),
    ];
  }
  return [];
}

/** Constructors that connect to a host, and the methods that send on them. */
const SESSIONS: {
  ctor: RegExp;
  hostArg: { index: number; names: string[] };
  channel: 'smtp' | 'ftp' | 'ssh' | 'http';
  sends: RegExp;
}[] = [
  {
    ctor: /^smtplib\.(SMTP|SMTP_SSL|LMTP)$/,
    hostArg: { index: 0, names: ['host'] },
    channel: 'smtp',
    sends: /^(sendmail|send_message|login)$/,
  },
  {
    ctor: /^ftplib\.(FTP|FTP_TLS)$/,
    hostArg: { index: 0, names: ['host'] },
    channel: 'ftp',
    sends: /^(login|storbinary|storlines|connect|sendcmd)$/,
  },
  {
    ctor: /^paramiko\.(SSHClient|Transport)$/,
    hostArg: { index: -1, names: [] },
    channel: 'ssh',
    sends: /^(connect|exec_command|open_sftp)$/,
  },
  {
    ctor: /^xmlrpc\.client\.ServerProxy$/,
    hostArg: { index: 0, names: ['uri'] },
    channel: 'http',
    sends: /^\w+$/,
  },
];

function matchSessions(op: CallOp, script: Script): ToolSinkMatch[] {
  for (const s of SESSIONS) {
    const dot = op.callee.lastIndexOf('.');
    const recv = op.callee.slice(0, dot);
    const method = op.callee.slice(dot + 1);
    const ctorCall = s.ctor.test(op.callee);
    if (!ctorCall && !(s.ctor.test(recv) && s.sends.test(method))) continue;
    const ctor = ctorCall ? op : callsBefore(script, op, (c) => s.ctor.test(c)).at(-1);
    let host = ctor ? arg(ctor, s.hostArg.index, ...s.hostArg.names) : undefined;
    // paramiko: connect(hostname, port, username, password)
    if (!ctorCall && method === 'connect' && s.channel === 'ssh') host = arg(op, 0, 'hostname');
    if (!host && ctorCall) return [];
    const hint: DestinationHint = s.channel === 'http' ? 'url' : 'host';
    return [
      sink({
        tool: op.callee,
        channel: s.channel,
        span: op.span,
        destinations: [{ word: host ?? unknownWord(`${recv} host`, op.span), hint }],
        payload: ctorCall ? [] : [...op.args, ...Object.values(op.kwargs)],
      }),
    ];
  }
  return [];
}

function matchWebsocket(op: CallOp, script: Script): ToolSinkMatch[] {
  if (/^websockets?\.(connect|client\.connect|create_connection)$/.test(op.callee)) {
    return http(op, arg(op, 0, 'uri', 'url'), []);
  }
  if (/^websockets?\.(connect|create_connection)\.send$/.test(op.callee)) {
    const ctor = callsBefore(script, op, (c) => /^websockets?\.(connect|create_connection)$/.test(c)).at(-1);
    return http(op, ctor ? arg(ctor, 0, 'uri', 'url') : undefined, op.args);
  }
  return [];
}

export const pythonHttpSink: CallSink = {
  match(op: CallOp, script: Script) {
    for (const f of [matchClient, matchUrllib, matchHttpClient, matchSocket, matchSessions, matchWebsocket]) {
      const r = f(op, script);
      if (r.length > 0) return r;
    }
    return [];
  },
};

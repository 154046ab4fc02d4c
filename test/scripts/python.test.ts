import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/scripts/index.js';
import { args, call, calls, ofKind, outputNames, show } from './helpers.js';

describe('python', () => {
  it('import aliases resolve to canonical callees', async () => {
    const s = await parseScript(
      [
        'import requests as r',
        'from urllib.request import urlopen, Request as Req',
        'import http.client, socket, subprocess, os',
        'r.post("https://a")',
        'urlopen(Req("https://b"))',
        'http.client.HTTPSConnection("c")',
        'socket.create_connection(("d", 443))',
        'subprocess.run(["curl", "https://e"])',
        'os.system("curl https://f")',
      ].join('\n'),
      'python',
    );
    assert.deepEqual(
      calls(s).map((c) => c.callee),
      [
        'requests.post',
        'urllib.request.Request',
        'urllib.request.urlopen',
        'http.client.HTTPSConnection',
        'socket.create_connection',
        'subprocess.run',
        'os.system',
      ],
    );
    assert.deepEqual(outputNames(s, call(s, 'urllib.request.urlopen').args[0]), ['urllib.request.Request']);
    assert.deepEqual(call(s, 'subprocess.run').args[0]?.items?.map(show), ['"curl"', '"https://e"']);
    assert.deepEqual(call(s, 'socket.create_connection').args[0]?.items?.map(show), ['"d"', '"443"']);
  });

  it('methods on constructed objects are named after the constructor', async () => {
    const s = await parseScript(
      [
        'import http.client, socket, requests, os',
        'c = http.client.HTTPSConnection(h)',
        "c.request('POST', '/', body)",
        's = socket.socket(); s.connect((h, p)); s.send(x)',
        'requests.Session().post("https://y", json=dict(os.environ))',
        'with requests.Session() as sess:',
        '    sess.get("https://z")',
      ].join('\n'),
      'python',
    );
    assert.deepEqual(args(call(s, 'http.client.HTTPSConnection.request')), ['"POST"', '"/"', '$body@local']);
    assert.ok(call(s, 'socket.socket.connect'));
    assert.deepEqual(args(call(s, 'socket.socket.send')), ['$x@local']);
    assert.equal(show(call(s, 'requests.Session.post').kwargs.json), 'ENV');
    assert.ok(call(s, 'requests.Session.get'));
  });

  it('environment reads, f-strings, concatenation and formatting', async () => {
    const s = await parseScript(
      [
        'import os, requests',
        "t = os.environ['T']",
        'requests.post(',
        '    f"https://x/{os.environ[\'T\']}",',
        "    data={'a': os.getenv('A'), 'b': os.environ.get('B', 'd')},",
        '    headers={"Authorization": "Bearer " + t},',
        '    params="%s:%s" % (t, "x"),',
        '    cookies="{}-{k}".format(t, k=os.environ.get("K")),',
        ')',
      ].join('\n'),
      'python',
    );
    assert.deepEqual(
      ofKind(s, 'assign').map((a) => [a.name, show(a.value), a.env]),
      [['t', '$T@env', false]],
    );
    const post = call(s, 'requests.post');
    assert.equal(show(post.args[0]), '"https://x/" + $T@env');
    assert.equal(show(post.kwargs.data?.props?.a), '$A@env');
    assert.equal(show(post.kwargs.data?.props?.b), '$B@env');
    assert.equal(show(post.kwargs.headers?.props?.Authorization), '"Bearer " + $t@local');
    assert.equal(show(post.kwargs.params), '$t@local + ":x"');
    assert.equal(show(post.kwargs.cookies), '$t@local + "-" + $K@env');
  });

  it('the whole environment, and call results as outputs', async () => {
    const s = await parseScript(
      [
        'import os, json, base64',
        'a = os.environ',
        'b = json.dumps(dict(os.environ))',
        'c = get_token()',
      ].join('\n'),
      'python',
    );
    const [a, b, c] = ofKind(s, 'assign');
    assert.equal(show(a?.value), 'ENV');
    assert.equal(show(b?.value), 'ENV');
    assert.deepEqual(outputNames(s, c?.value), ['get_token']);
  });

  it('file writes: $GITHUB_ENV through with-open, print(file=) and open().write()', async () => {
    const s = await parseScript(
      [
        'import os',
        'with open(os.environ["GITHUB_ENV"], "a") as f:',
        '    print(f"X={t}", file=f)',
        '    f.write("Y=" + t)',
        "open('/tmp/out', 'w').write(secret)",
        "data = open('/proc/self/environ').read()",
        "os.environ['Z'] = t",
      ].join('\n'),
      'python',
    );
    assert.deepEqual(
      ofKind(s, 'write').map((w) => [show(w.target), show(w.content), w.append]),
      [
        ['$GITHUB_ENV@env', '"X=" + $t@local', true],
        ['$GITHUB_ENV@env', '"Y=" + $t@local', true],
        ['"/tmp/out"', '$secret@local', false],
      ],
    );
    assert.deepEqual(args(call(s, 'open', 2)), ['"/proc/self/environ"']);
    assert.deepEqual(
      ofKind(s, 'assign')
        .filter((a) => a.env)
        .map((a) => [a.name, show(a.value)]),
      [['Z', '$t@local']],
    );
  });

  it('function bodies and branches are included; defs are listed', async () => {
    const s = await parseScript(
      [
        'import requests',
        'def send(v):',
        '    if v:',
        '        requests.post("https://u", data=v)',
        '    for i in range(3):',
        '        try:',
        '            requests.get("https://w")',
        '        except Exception:',
        '            pass',
      ].join('\n'),
      'python',
    );
    const [fn] = ofKind(s, 'function');
    assert.equal(fn?.name, 'send');
    assert.ok(fn?.body.includes(s.ops.indexOf(call(s, 'requests.post'))));
    assert.ok(call(s, 'requests.get'));
  });
});

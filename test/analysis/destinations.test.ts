import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyHost,
  destinationOf,
  hostFromText,
  ipLiteral,
  registrableDomain,
  staticHostPrefix,
  type DestinationHint,
} from '../../src/analysis/destinations.js';
import servicesData from '../../data/exfil-services.json' with { type: 'json' };
import { v, word } from './ir-builders.js';

function host(text: string, hint: DestinationHint = 'url'): string | null {
  const h = hostFromText(text, hint);
  return h ? (h.port !== undefined ? `${h.host}:${h.port}` : h.host) : null;
}

describe('hostFromText: URLs', () => {
  const cases: [string, string | null][] = [
    ['https://bold-dhawan.45-139-104-115.plesk.page', 'bold-dhawan.45-139-104-115.plesk.page'],
    ['https://api.example.com/v1/x?y=1#z', 'api.example.com'],
    ['http://Example.COM./', 'example.com'],
    ['https://user:pass@host.example:8443/p', 'host.example:8443'],
    ['https://x-access-token:abc@github.com/o/r.git', 'github.com'],
    ['http://[::1]:8080/x', '::1:8080'],
    ['http://[2001:db8::1]/', '2001:db8::1'],
    ['example.com/upload', 'example.com'],
    ['example.com:8080', 'example.com:8080'],
    ['//cdn.example.com/x', 'cdn.example.com'],
    ['ftp://files.example.org/pub', 'files.example.org'],
    ['http://3232235777/', '3232235777'],
    ['http://0x7f000001', '0x7f000001'],
    ['"https://quoted.example/x"', 'quoted.example'],
    ['file:///etc/passwd', null],
    ['', null],
  ];
  for (const [text, expected] of cases) {
    it(`${text || '(empty)'} → ${expected}`, () => assert.equal(host(text), expected));
  }
});

describe('hostFromText: host, ssh, git, dns, registry', () => {
  const cases: [string, DestinationHint, string | null][] = [
    ['evil.example:4444', 'host', 'evil.example:4444'],
    ['10.0.0.1', 'host', '10.0.0.1'],
    ['::1', 'host', '::1'],
    ['[fe80::1]:22', 'host', 'fe80::1:22'],
    ['deploy@server.example', 'ssh', 'server.example'],
    ['deploy@server.example:/var/www', 'ssh', 'server.example'],
    ['server.example:backup/', 'ssh', 'server.example'],
    ['rsync.example::module/path', 'ssh', 'rsync.example'],
    ['ssh://git@ssh.example:2222/r', 'ssh', 'ssh.example:2222'],
    ['./local:file', 'ssh', null],
    ['git@github.com:owner/repo.git', 'git', 'github.com'],
    ['https://github.com/owner/repo', 'git', 'github.com'],
    ['https://user:${TOKEN}@gitlab.example/o/r', 'git', 'gitlab.example'],
    ['origin', 'git', null],
    ['../other-repo', 'git', null],
    ['/srv/repo.git', 'git', null],
    ['abc.def.attacker.example', 'dns', 'attacker.example'],
    ['x.y.example.co.uk.', 'dns', 'example.co.uk'],
    ['c58bduhe008dovpvhvugcgp9x7yyyyyyn.oast.fun', 'dns', 'oast.fun'],
    ['ghcr.io/owner/image:tag', 'registry', 'ghcr.io'],
    ['alpine', 'registry', 'registry-1.docker.io'],
    ['library/alpine:3', 'registry', 'registry-1.docker.io'],
    ['docker.io/owner/image', 'registry', 'registry-1.docker.io'],
    ['localhost:5000/image', 'registry', 'localhost:5000'],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/app',
      'registry',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    ],
    ['ghcr.io', 'registry', 'ghcr.io'],
    ['https://index.docker.io/v1/', 'registry', 'registry-1.docker.io'],
  ];
  for (const [text, hint, expected] of cases) {
    it(`${hint}: ${text} → ${expected}`, () => assert.equal(host(text, hint), expected));
  }
});

describe('staticHostPrefix', () => {
  it('keeps a static host before a dynamic path', () => {
    assert.deepEqual(staticHostPrefix(word(['https://api.example.com/', v('PATH')]), 'url'), {
      host: 'api.example.com',
    });
  });
  it('refuses a dynamic host', () => {
    assert.equal(staticHostPrefix(word(['https://', v('DOMAIN'), '/x']), 'url'), null);
    assert.equal(staticHostPrefix(word([v('BASE_URL'), '/upload']), 'url'), null);
    assert.equal(staticHostPrefix(word(['https://api.', v('D'), '.com/']), 'url'), null);
  });
  it('allows dynamic userinfo', () => {
    assert.deepEqual(staticHostPrefix(word(['https://x:', v('TOKEN'), '@github.com/o/r']), 'git'), {
      host: 'github.com',
    });
  });
  it('refuses a dynamic prefix that could move the host', () => {
    assert.equal(staticHostPrefix(word([v('P'), 'host.example/x']), 'url'), null);
  });
  it('takes the static suffix of a DNS name built from a secret', () => {
    assert.deepEqual(staticHostPrefix(word([v('T'), '.abc123.oast.fun']), 'dns'), { host: 'oast.fun' });
    assert.deepEqual(staticHostPrefix(word([v('T'), 'x.evil.example']), 'dns'), { host: 'evil.example' });
    assert.equal(staticHostPrefix(word([v('T'), '.com']), 'dns'), null);
  });
  it('keeps a static port with a dynamic path', () => {
    assert.deepEqual(staticHostPrefix(word(['http://h.example:8080/', v('X')]), 'url'), {
      host: 'h.example',
      port: 8080,
    });
  });
});

describe('ipLiteral', () => {
  const cases: [string, string | null][] = [
    ['127.0.0.1', '127.0.0.1'],
    ['3232235777', '192.168.1.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['::1', '::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['example.com', null],
    ['1.2.3.4.5', null],
    ['256.1.1.1', null],
    ['08.1.1.1', null],
    ['4294967296', null],
  ];
  for (const [text, expected] of cases)
    it(`${text} → ${expected}`, () => assert.equal(ipLiteral(text), expected));
});

describe('registrableDomain', () => {
  it('keeps two labels, three under two-label suffixes', () => {
    assert.equal(registrableDomain('a.b.example.com'), 'example.com');
    assert.equal(registrableDomain('a.b.example.co.uk'), 'example.co.uk');
    assert.equal(registrableDomain('example.com'), 'example.com');
    assert.equal(registrableDomain('1.2.3.4'), '1.2.3.4');
  });
});

describe('classifyHost', () => {
  it('IP literals in every form', () => {
    assert.deepEqual(classifyHost('45.139.104.115'), { kind: 'ip' });
    assert.deepEqual(classifyHost('[::1]'), { kind: 'ip' });
    const dec = classifyHost('3232235777');
    assert.equal(dec.kind, 'ip');
    assert.match(dec.service ?? '', /192\.168\.1\.1/);
    assert.equal(classifyHost('0x7f000001').kind, 'ip');
  });
  it("GitHub's own endpoints", () => {
    for (const h of [
      'github.com',
      'api.github.com',
      'uploads.github.com',
      'codeload.github.com',
      'raw.githubusercontent.com',
      'pipelines.actions.githubusercontent.com',
      'ghcr.io',
      'api.acme.ghe.com',
    ]) {
      assert.equal(classifyHost(h).kind, 'github', h);
    }
    assert.equal(classifyHost('github.com.evil.example').kind, 'host');
    assert.equal(classifyHost('notgithub.com').kind, 'host');
  });
  it('GHES host from GITHUB_SERVER_URL', () => {
    assert.equal(classifyHost('ghe.corp.example', { githubHost: 'https://ghe.corp.example' }).kind, 'github');
    assert.equal(
      classifyHost('api.ghe.corp.example', { githubHost: 'https://ghe.corp.example/' }).kind,
      'github',
    );
    assert.equal(classifyHost('ghe.corp.example').kind, 'host');
  });
  it('every listed exfiltration service, at its apex and a subdomain', () => {
    const services = (servicesData as { services: { pattern: string; what: string }[] }).services;
    assert.ok(services.length >= 40);
    for (const s of services) {
      const apex = s.pattern.replace(/^\*\./, '');
      const sub = s.pattern.startsWith('*.') ? `abc123.${apex}` : apex;
      const c = classifyHost(sub);
      assert.equal(c.kind, 'exfil-service', sub);
      assert.ok(c.service && c.service.length > 0);
    }
  });
  it('names the incidents’ collectors', () => {
    assert.equal(classifyHost('bold-dhawan.45-139-104-115.plesk.page').kind, 'exfil-service');
    assert.equal(classifyHost('webhook.site').kind, 'exfil-service');
    assert.equal(classifyHost('x.m.pipedream.net').kind, 'exfil-service');
    assert.equal(classifyHost('abc.oast.fun').kind, 'exfil-service');
    assert.equal(classifyHost('abc.ngrok-free.app').kind, 'exfil-service');
    assert.equal(classifyHost('discord.com').service?.includes('whole host'), true);
    assert.equal(classifyHost('api.telegram.org').kind, 'exfil-service');
  });
  it('everything else is a host', () => {
    assert.deepEqual(classifyHost('upload.pypi.org'), { kind: 'host' });
    assert.deepEqual(classifyHost('hooks.slack.com'), { kind: 'host' });
    assert.deepEqual(classifyHost('notwebhook.site'), { kind: 'host' });
  });
});

describe('destinationOf', () => {
  it('static word', () => {
    const d = destinationOf(word('https://bold-dhawan.45-139-104-115.plesk.page'), 'url');
    assert.equal(d.host, 'bold-dhawan.45-139-104-115.plesk.page');
    assert.equal(d.kind, 'exfil-service');
  });
  it('uses the engine resolution first', () => {
    const d = destinationOf(word(['https://', v('HOST')]), 'url', {
      resolveText: () => 'https://10.1.2.3:8443/',
    });
    assert.deepEqual(
      { host: d.host, port: d.port, kind: d.kind },
      { host: '10.1.2.3', port: 8443, kind: 'ip' },
    );
  });
  it('falls back to a static host part, else unknown', () => {
    assert.equal(
      destinationOf(word(['https://api.example.com/', v('P')]), 'url', { resolveText: () => null }).host,
      'api.example.com',
    );
    const u = destinationOf(word(['https://', v('D'), '/x']), 'url');
    assert.deepEqual({ host: u.host, kind: u.kind }, { host: null, kind: 'unknown' });
  });
});

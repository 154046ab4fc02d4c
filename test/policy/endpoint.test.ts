import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  endpointMatches,
  formatEndpoint,
  parseEndpoint,
  parseEndpointList,
} from '../../src/policy/endpoint.js';
import type { Endpoint } from '../../src/policy/types.js';

function ok(raw: string): Endpoint {
  const e = parseEndpoint(raw);
  if ('error' in e) throw new Error(e.error);
  return e;
}

describe('parseEndpoint', () => {
  it('accepts every documented form', () => {
    assert.deepEqual(ok('Example.COM.'), {
      kind: 'host',
      host: 'example.com',
      wildcard: false,
      raw: 'Example.COM.',
    });
    assert.equal(ok('*.pypi.org').kind, 'host');
    assert.equal((ok('registry.npmjs.org:443') as { port?: number }).port, 443);
    assert.deepEqual(ok('198.18.0.1'), { kind: 'ip', address: '198.18.0.1', family: 4, raw: '198.18.0.1' });
    assert.equal((ok('198.18.0.1:8080') as { port?: number }).port, 8080);
    assert.deepEqual(ok('fd00::1'), { kind: 'ip', address: 'fd00::1', family: 6, raw: 'fd00::1' });
    assert.equal((ok('[fd00::1]:53') as { port?: number }).port, 53);
    assert.deepEqual(ok('10.0.0.0/8'), {
      kind: 'cidr',
      address: '10.0.0.0',
      prefix: 8,
      family: 4,
      raw: '10.0.0.0/8',
    });
    assert.equal(ok('fd00::/8').kind, 'cidr');
  });

  it('rejects bad entries with a reason that says what is expected', () => {
    for (const bad of [
      'https://evil.example/x',
      'exa mple',
      '-bad.com',
      'host:99999',
      '10.0.0.0/33',
      '*.com',
      'a..b',
    ]) {
      const e = parseEndpoint(bad);
      assert.ok('error' in e, bad);
      assert.match(e.error, /expected|name a registrable|invalid port/);
      assert.doesNotMatch(e.error, /\n/);
    }
    const url = parseEndpoint('https://evil.example/x');
    assert.ok('error' in url && url.error.includes('"evil.example"'));
  });
});

describe('parseEndpointList', () => {
  it('splits on newlines, spaces and commas and skips comments', () => {
    const { endpoints, errors } = parseEndpointList(
      'github.com api.github.com\n# note\n*.pypi.org, 1.2.3.4 # x\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(endpoints.map(formatEndpoint), [
      'github.com',
      'api.github.com',
      '*.pypi.org',
      '1.2.3.4',
    ]);
  });
  it('collects one error per bad entry', () => {
    assert.equal(parseEndpointList('ok.com http://x bad_ -x').errors.length, 2);
  });
});

describe('endpointMatches', () => {
  it('matches wildcards on subdomains only', () => {
    const e = ok('*.example.com');
    assert.ok(endpointMatches(e, 'a.example.com'));
    assert.ok(endpointMatches(e, 'A.B.Example.com.'));
    assert.ok(!endpointMatches(e, 'example.com'));
    assert.ok(!endpointMatches(e, 'badexample.com'));
  });
  it('honours ports when both sides give one', () => {
    const e = ok('example.com:443');
    assert.ok(endpointMatches(e, 'example.com', 443));
    assert.ok(!endpointMatches(e, 'example.com', 22));
    assert.ok(endpointMatches(e, 'example.com'));
  });
  it('matches IPs and CIDR ranges of the same family', () => {
    assert.ok(endpointMatches(ok('10.0.0.0/8'), '10.1.2.3'));
    assert.ok(!endpointMatches(ok('10.0.0.0/8'), '11.1.2.3'));
    assert.ok(endpointMatches(ok('fd00::/8'), 'fd12::5'));
    assert.ok(!endpointMatches(ok('fd00::/8'), '10.1.2.3'));
    assert.ok(endpointMatches(ok('fd00::1'), '[fd00:0::1]'));
    assert.ok(!endpointMatches(ok('1.2.3.4'), 'example.com'));
  });
});

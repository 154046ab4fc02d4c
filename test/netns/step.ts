/**
 * Runs the egress main or post step inside the runner namespace, as the action's entry points will:
 *   node --import tsx step.ts start CONFIG.json   → prints {summary, state} as JSON, exit 2 on a UserError
 *   node --import tsx step.ts finish STATE.json   → prints the EgressReport as JSON
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../src/errors.js';
import { startEgress, type StartOptions } from '../../src/egress/apply.js';
import { finishEgress } from '../../src/egress/finish.js';
import type { EgressState } from '../../src/egress/state.js';
import { systemDeps } from '../../src/egress/system.js';
import { parseEndpointList } from '../../src/policy/endpoint.js';

const daemon = fileURLToPath(new URL('../../src/egress/dns/daemon-main.ts', import.meta.url));
const tsx = fileURLToPath(import.meta.resolve('tsx'));
const warnings: string[] = [];
const deps = systemDeps({
  daemonArgv: [process.execPath, '--import', tsx, daemon],
  warn: (message) => warnings.push(message),
});

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (command === 'start') {
    const input = JSON.parse(readFileSync(file ?? '', 'utf8')) as {
      mode: StartOptions['mode'];
      allow: string;
      runnerTemp: string;
      stateFile: string;
      disableSudo?: boolean;
      /** argv of a bundled daemon (benchmarks), instead of the TypeScript source through tsx. */
      daemonArgv?: string[];
    };
    if (input.daemonArgv) deps.daemonArgv = input.daemonArgv;
    deps.saveState = (state) => writeFileSync(input.stateFile, JSON.stringify(state ?? null));
    const started = Date.now();
    const result = await startEgress(
      {
        mode: input.mode,
        allowlist: parseEndpointList(input.allow).endpoints,
        disableSudo: input.disableSudo ?? false,
        runnerTemp: input.runnerTemp,
        // This machine may itself be a container; the namespaces are ours to change.
        env: { EXFIL_GUARD_EGRESS_IN_CONTAINER: 'true' },
      },
      deps,
    );
    if (result.state) writeFileSync(input.stateFile, JSON.stringify(result.state));
    const rulesMs = result.state?.rulesAt !== undefined ? result.state.rulesAt - started : undefined;
    console.log(
      JSON.stringify({ summary: result.summary, warnings, rulesMs, readyMs: Date.now() - started }),
    );
  } else if (command === 'finish') {
    const state = JSON.parse(readFileSync(file ?? '', 'utf8')) as EgressState;
    console.log(JSON.stringify(await finishEgress(state, deps)));
  } else {
    throw new Error('usage: step.ts start|finish FILE');
  }
}

main().catch((error: unknown) => {
  if (error instanceof UserError) {
    console.log(JSON.stringify({ error: error.message }));
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

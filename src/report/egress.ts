/** Adapts the egress layer's post-step report to the summary's plain `EgressReport` shape. */
import type { EgressReport as EgressLayerReport, RefusedDestination } from '../egress/report.js';
import type { EgressDestination, EgressReport } from './types.js';

export function fromEgressLayer(report: EgressLayerReport): EgressReport {
  const refused = report.mode === 'block' ? report.blocked : report.audited;
  const problems = [
    ...report.failures,
    ...(report.daemonAlive ? [] : ['The DNS daemon was not answering at the end of the job.']),
    ...report.warnings,
  ];
  return {
    mode: report.mode,
    allowed: report.allowed.map((a) => ({ host: a.name, count: a.count })),
    blocked: refused.map(refusedDestination),
    ...(report.suggestedAllowlist !== undefined ? { suggested: entries(report.suggestedAllowlist) } : {}),
    ...(problems.length > 0 ? { problems } : {}),
  };
}

function refusedDestination(r: RefusedDestination): EgressDestination {
  const host = r.kind === 'name' ? r.destination : (r.address ?? r.destination);
  return {
    host,
    count: r.count,
    ...(r.port !== undefined && r.kind === 'connection' ? { port: r.port } : {}),
  };
}

/** The entries of an `allowed-endpoints: |` block. */
function entries(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('allowed-endpoints:'));
}

/** Lines of the daemon's JSON-lines event log, read by the post step. Names and addresses only. */
export type DnsEvent =
  /** Block mode: the name is not allowed; answered REFUSED and never forwarded. */
  | { t: number; kind: 'refused'; name: string; qtype: string; client: string }
  /** Audit mode: the name is not allowed; forwarded anyway, addresses not added to the allow set. */
  | { t: number; kind: 'unlisted'; name: string; qtype: string; client: string; addresses: string[] }
  /** An allowed name answered from upstream; its chain's addresses joined the allow set. */
  | { t: number; kind: 'allowed'; name: string; qtype: string; chain: string[]; addresses: string[] }
  /** Something went wrong in the daemon (upstream unreachable, ipset failed). */
  | { t: number; kind: 'error'; message: string };

export function parseEvents(text: string): DnsEvent[] {
  const events: DnsEvent[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as DnsEvent;
      if (value && typeof value === 'object' && typeof value.kind === 'string') events.push(value);
    } catch {
      // A line cut short by a kill: skip it.
    }
  }
  return events;
}

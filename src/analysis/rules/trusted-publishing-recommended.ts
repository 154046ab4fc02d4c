import type { Rule, RuleResult } from '../types.js';
import { SYNTHETIC_SECRETS } from '../../policy/names.js';
import { siteFields } from './helpers.js';

const REGISTRIES: Record<string, string> = {
  'upload.pypi.org': 'PyPI',
  'test.pypi.org': 'TestPyPI',
  'registry.npmjs.org': 'npm',
  'rubygems.org': 'RubyGems',
  'crates.io': 'crates.io',
};

export const trustedPublishingRecommended: Rule = {
  id: 'trusted-publishing-recommended',
  title: 'Long-lived registry token used to publish',
  severity: 'note',
  rationale:
    'After GhostAction, PyPI advised publishers to replace long-lived API tokens with Trusted Publishing: the ' +
    'registry accepts a short-lived OIDC token bound to this repository and workflow, so there is nothing to steal. ' +
    'npm, RubyGems and crates.io support the same.',
  fix: 'Configure Trusted Publishing on the registry, grant `id-token: write` to the publishing job, and delete the stored token.',
  check(ctx) {
    const out: RuleResult[] = [];
    const seen = new Set<string>();
    for (const f of ctx.flows) {
      for (const d of f.destinations) {
        const registry = d.dest.host ? REGISTRIES[d.dest.host] : undefined;
        if (!registry) continue;
        const secrets = f.taints
          .map((t) => t.secret)
          .filter(
            (s) => s !== SYNTHETIC_SECRETS.githubToken && s !== SYNTHETIC_SECRETS.oidc && !s.includes('('),
          );
        const key = `${f.site.job?.id ?? ''}:${f.site.step?.index ?? ''}:${registry}`;
        if (secrets.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push({
          confidence: 'high',
          message: `${secrets.join(', ')} publishes to ${registry}; Trusted Publishing (OIDC) would remove the long-lived token`,
          location: f.sink.location,
          ...siteFields(f.site),
          secrets,
          destinations: [d.dest.host!],
          evidence: [{ text: `${f.sink.tool} → ${d.dest.host!}`, location: f.sink.location }],
        });
      }
    }
    return out;
  },
};

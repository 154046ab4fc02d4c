/**
 * `npm run docs`: writes the inputs and outputs tables of README.md from action.yml, between the
 * `<!-- action-table:start -->` and `<!-- action-table:end -->` markers. A test fails when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const START = '<!-- action-table:start -->';
export const END = '<!-- action-table:end -->';

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (s: string): string =>
  s
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** The generated block (markers included) for an action.yml text. */
export function renderTables(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const lines = [START, '', '### Inputs', '', '| Input | Default | Description |', '| --- | --- | --- |'];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const d = spec.default;
    const shown =
      d === undefined || d === '' ? '' : `\`${cell(typeof d === 'string' ? d : JSON.stringify(d))}\``;
    lines.push(`| \`${name}\` | ${shown} | ${cell(spec.description ?? '')} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(spec.description ?? '')} |`);
  }
  lines.push('', END);
  return lines.join('\n');
}

/**
 * README text with the block replaced, formatted as `prettier --write` leaves it (so `npm run format:check` and
 * the drift test agree); throws when the markers are missing.
 */
export async function updateReadme(readme: string, actionYml: string, readmePath: string): Promise<string> {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const text = readme.slice(0, start) + renderTables(actionYml) + readme.slice(end + END.length);
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  return prettier.format(text, { ...options, filepath: readmePath });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const readmePath = join(root, 'README.md');
  const next = await updateReadme(
    readFileSync(readmePath, 'utf8'),
    readFileSync(join(root, 'action.yml'), 'utf8'),
    readmePath,
  );
  writeFileSync(readmePath, next);
  console.log('README.md: inputs and outputs tables written from action.yml');
}

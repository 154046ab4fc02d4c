/** The CLI's output formats, all rendered by the report layer. */
import type { ReportInput } from '../report/index.js';
import { formatGithub, formatJson, formatSarif, formatText, sarifCategory } from '../report/index.js';
import { VERSION } from './version.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

export interface RenderOptions {
  color: boolean;
  /** Reads a source line for the text format when the report holds no text of the file. */
  readLine?: (file: string, line: number) => string | undefined;
  /** SARIF category: what was scanned (a directory, `owner/repo`). */
  scanned: string;
}

export function render(input: ReportInput, format: Format, opts: RenderOptions): string {
  switch (format) {
    case 'json':
      return formatJson(input.result);
    case 'sarif':
      return formatSarif(input.result, {
        category: sarifCategory(opts.scanned),
        toolVersion: VERSION,
        rules: input.rules ?? [],
      });
    case 'github':
      return formatGithub(input);
    case 'text':
      return formatText(input, { color: opts.color, ...(opts.readLine ? { readLine: opts.readLine } : {}) });
  }
}

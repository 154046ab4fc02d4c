/** The engine's public contract: files in, per-file status and findings out. Used by main, the CLI and scans. */
import type { ModelFile } from '../workflow/types.js';
import type { Finding } from './types.js';

export interface ScanInput {
  /** Path used in findings (repo-relative where possible). */
  path: string;
  /** Raw bytes or text; bytes are decoded strictly as UTF-8 and rejected otherwise. */
  content: string | Uint8Array;
  /** The model of `content`, when the caller has built it already (the main step needs it for its own checks). */
  model?: ModelFile;
}

export interface FileResult {
  path: string;
  /** One line: `path:line: reason`, or null when the file was analysed. */
  error: string | null;
}

export interface ScanResult {
  files: FileResult[];
  findings: Finding[];
}

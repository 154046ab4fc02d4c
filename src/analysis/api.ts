/** The engine's public contract: files in, per-file status and findings out. Used by main, the CLI and scans. */
import type { Finding } from './types.js';

export interface ScanInput {
  /** Path used in findings (repo-relative where possible). */
  path: string;
  /** Raw bytes or text; bytes are decoded strictly as UTF-8 and rejected otherwise. */
  content: string | Uint8Array;
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

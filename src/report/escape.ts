/**
 * Escaping for each place text goes: markdown/HTML (the step summary), workflow commands (annotations) and the
 * terminal (text output). Everything that comes from a workflow file, the environment or the network is treated
 * as hostile: a job id like `<img src=x onerror=…>` or a step name with `|` must render as text.
 */

/** Longest run of user-derived text shown in one place of the summary; the rest is elided. */
export const MAX_FIELD_CHARS = 300;

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/**
 * Text for markdown that GitHub renders as HTML: `&`, `<`, `>` escaped (no tag can open), and the markdown
 * punctuation that could change the rendering turned into numeric entities: `|` (table cells), backticks (code),
 * `[`/`]` (links and images), `*`, `~` and word-boundary `_` (emphasis), `\\`, `$` (math), `@` (mentions and
 * e-mail links), and the `:` of `://` and the dot of `www.` (auto-links). Line breaks and control characters
 * fold to spaces and the length is bounded. Quotes need no escaping because text never goes into an attribute;
 * intraword `_` (`PYPI_API_TOKEN`) cannot start emphasis and stays readable.
 */
export function md(text: string, max = MAX_FIELD_CHARS): string {
  const bounded = text.length > max ? `${text.slice(0, max)}…` : text;
  return (
    bounded
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/[&<>]/g, (c) => htmlEntities[c] ?? c)
      .replace(/[|`[\]*~\\$@]|:(?=\/\/)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `&#${c.charCodeAt(0)};`)
      // GitHub links `https://host` and even `www.host`; a link to an exfil host should not be one click away.
      .replace(/\b(www)\./gi, '$1&#46;')
  );
}

/** User-derived text shown as code: `<code>` (not backticks) so that the entities inside are decoded. */
export function mdCode(text: string, max = MAX_FIELD_CHARS): string {
  return `<code>${md(text, max)}</code>`;
}

/** Workflow command message (`::error …::MESSAGE`), as @actions/core escapes it. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property value (`file=VALUE`), as @actions/core escapes it. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Text for a terminal: control characters (escape sequences that could recolour or rewrite the screen) become
 * visible `\xNN` forms. Tabs are kept so that source lines and their carets stay aligned.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/**
 * Mail senders: sendmail/mail/mailx/mutt hand the message (stdin) to the local MTA, which relays it to the
 * recipients' domains; swaks and msmtp name the server. The destination of a local MTA hand-off is each
 * recipient address's domain.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { subWord, template } from './words.js';

/** `user@domain` → the domain part, as a host word. */
function recipientDomain(word: Word): Word | null {
  const at = template(word).lastIndexOf('@');
  return at >= 0 ? subWord(word, at + 1) : null;
}

function matchMail(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, {
    shortWithArg: 'sacbrSAqFfBCoOXeLNpRT',
    longWithArg: new Set(['subject', 'attach', 'cc', 'bcc', 'from', 'return-address']),
  });
  const recipients = [...parsed.positionals, ...optionValues(parsed, '-c', '-b', '--cc', '--bcc')];
  const destinations: { word: Word; hint: DestinationHint }[] = recipients.flatMap((r) => {
    const d = recipientDomain(r);
    return d ? [{ word: d, hint: 'host' as const }] : [];
  });
  if (destinations.length === 0) return [];
  return [
    sink({
      tool: op.name,
      channel: 'smtp',
      span: op.span,
      destinations,
      payload: [...optionValues(parsed, '-s', '--subject'), ...recipients],
      uploads: optionValues(parsed, '-a', '-A', '--attach'),
      sendsStdin: true,
    }),
  ];
}

function matchSwaks(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, {
    shortWithArg: 'tfsphaunS',
    longWithArg: new Set(
      `to from server port helo body header header-x auth auth-user auth-password data attach attach-body
      subject cc bcc h-From h-Subject`.split(/\s+/),
    ),
  });
  const server = optionValues(parsed, '-s', '--server')[0];
  const to = optionValues(parsed, '-t', '--to');
  const destinations: { word: Word; hint: DestinationHint }[] = server
    ? [{ word: server, hint: 'host' }]
    : to.flatMap((r) => {
        const d = recipientDomain(r);
        return d ? [{ word: d, hint: 'host' as const }] : [];
      });
  if (destinations.length === 0) return [];
  return [
    sink({
      tool: 'swaks',
      channel: 'smtp',
      span: op.span,
      destinations,
      payload: [
        ...to,
        ...optionValues(
          parsed,
          '--body',
          '--header',
          '--subject',
          '--auth-user',
          '--auth-password',
          '-au',
          '-ap',
          '--data',
        ),
      ],
      uploads: optionValues(parsed, '--attach'),
    }),
  ];
}

export const mailSinks: CommandSink[] = [
  { names: ['mail', 'mailx', 'sendmail', 'mutt', 'msmtp'], match: (op) => matchMail(op) },
  { names: ['swaks'], match: (op) => matchSwaks(op) },
];

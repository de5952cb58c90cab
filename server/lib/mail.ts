// E-mail through the SMTP server of MAMORI_SMTP_URL, when one is configured (else nothing is sent and
// the person copies or prints the link). One transport per URL; nodemailer logs nothing unless asked
// (it is not), so a message's body (an invitation link) reaches no log.
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from './config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const transports = new Map<string, Transporter>();

/** Sends the mail; the error's words when it could not be (never thrown: the caller tells the person). */
export async function sendMail(config: Pick<Config, 'smtpUrl' | 'smtpFrom'>, mail: Mail): Promise<{ sent: boolean; error: string | null }> {
  if (!config.smtpUrl) return { sent: false, error: null };
  let transport = transports.get(config.smtpUrl);
  if (!transport) {
    // a stalled SMTP server must not hold the request (the link is shown in its answer only)
    transport = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as SMTPTransport.Options);
    transports.set(config.smtpUrl, transport);
  }
  try {
    await transport.sendMail({ from: config.smtpFrom, to: mail.to, subject: mail.subject, text: mail.text });
    return { sent: true, error: null };
  } catch (err) {
    return { sent: false, error: err instanceof Error ? err.message.slice(0, 200) : 'unknown' };
  }
}

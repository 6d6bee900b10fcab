/**
 * Outgoing mail through SMTP (nodemailer). SMTP_URL points at the real server
 * (e.g. smtp://user:pass@smtp.gemeente.nl:587); development and tests use the local capture
 * server (src/lib/mail/capture-server.ts), which `npm start` starts on a free port and points
 * SMTP_URL at. Without SMTP_URL nothing is sent: there is no default port, so mail never reaches
 * whatever else happens to listen on localhost:1025. Framework-free.
 */
import nodemailer, { type Transporter } from "nodemailer";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
};

let transporter: Transporter | undefined;
let transporterUrl: string | undefined;

export class MailNotConfiguredError extends Error {
  constructor() {
    super("SMTP_URL is not set: mail cannot be sent (npm start sets it to its local capture server)");
    this.name = "MailNotConfiguredError";
  }
}

/** The configured SMTP URL, or "" when none is set (then sendMail refuses). */
export function smtpUrl(): string {
  return process.env.SMTP_URL || "";
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Samenkracht <noreply@samenkracht.local>";
}

function getTransporter(): Transporter {
  const url = smtpUrl();
  if (!url) throw new MailNotConfiguredError();
  if (!transporter || transporterUrl !== url) {
    transporter = nodemailer.createTransport(url);
    transporterUrl = url;
  }
  return transporter;
}

/** Send one mail now. Callers that can wait should enqueue a job instead (src/lib/jobs). */
export async function sendMail(message: MailMessage): Promise<{ messageId: string }> {
  const info = await getTransporter().sendMail({ from: mailFrom(), ...message });
  return { messageId: info.messageId };
}

/**
 * Outgoing mail through SMTP (nodemailer). SMTP_URL points at the real server
 * (e.g. smtp://user:pass@smtp.gemeente.nl:587); development and tests use the local capture
 * server (src/lib/mail/capture-server.ts). Framework-free.
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

export function smtpUrl(): string {
  return process.env.SMTP_URL || "smtp://localhost:1025";
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Samenkracht <noreply@samenkracht.local>";
}

function getTransporter(): Transporter {
  const url = smtpUrl();
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

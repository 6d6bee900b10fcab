/** `mail.send`: deliver one mail through SMTP (src/lib/mail/transport.ts), retried with backoff. */
import { z } from "zod";
import { sendMail } from "../mail/transport";
import { defineJob } from "./define";

const ZMailSendPayload = z.object({
  to: z.email({ error: "Vul een geldig e-mailadres in." }),
  subject: z
    .string()
    .trim()
    .min(1, { error: "Vul een onderwerp in." })
    .max(200, { error: "Het onderwerp is te lang (hoogstens 200 tekens)." }),
  text: z.string().min(1, { error: "Vul de tekst van de mail in." }).max(100_000, { error: "De tekst is te lang." }),
  html: z.string().max(200_000, { error: "De opgemaakte tekst is te lang." }).optional(),
});

export const mailSendJob = defineJob(
  "mail.send",
  ZMailSendPayload,
  async (mail) => {
    const { messageId } = await sendMail(mail);
    return { messageId };
  },
  // 1st retry after 30-60 s, then doubling (with jitter): about 2 hours of attempts in all.
  { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
);

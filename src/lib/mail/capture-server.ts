/**
 * A local SMTP server that keeps every message it receives: for development (`npm start` without
 * SMTP_URL) and for tests, which read the mail from it. Listens on loopback only.
 */
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

type CapturedMail = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  date: Date;
};

export type CaptureServer = {
  port: number;
  url: string;
  messages: CapturedMail[];
  /** Wait until a message matching `predicate` has arrived (polls; rejects after `timeoutMs`). */
  waitFor(predicate: (m: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  clear(): void;
  stop(): Promise<void>;
};

export async function startCaptureServer(opts: { port?: number; saveDir?: string } = {}): Promise<CaptureServer> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CapturedMail = {
            from: parsed.from?.text ?? "",
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            date: new Date(),
          };
          messages.push(mail);
          if (opts.saveDir) {
            fs.mkdirSync(opts.saveDir, { recursive: true });
            const file = path.join(opts.saveDir, `${Date.now()}-${messages.length}.json`);
            fs.writeFileSync(file, JSON.stringify(mail, null, 2));
          }
          callback();
        })
        .catch((err) => callback(err));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      const addr = server.server.address();
      resolve(typeof addr === "object" && addr ? addr.port : 0);
    });
  });
  return {
    port,
    url: `smtp://localhost:${port}`,
    messages,
    clear: () => void messages.splice(0, messages.length),
    async waitFor(predicate, timeoutMs = 10_000) {
      const start = Date.now();
      for (;;) {
        const found = messages.find(predicate);
        if (found) return found;
        if (Date.now() - start > timeoutMs) throw new Error("No matching mail arrived in time");
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

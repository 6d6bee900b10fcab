import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalMail } from "./local";
import { MailNotConfiguredError, sendMail } from "./transport";

/** A decoy on localhost:1025 (when free) that counts connections: nothing of ours may reach it. */
let decoy: net.Server | undefined;
let decoyConnections = 0;
let tmp: string;
const savedSmtp = process.env.SMTP_URL;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sk-mail-"));
  decoy = await new Promise<net.Server | undefined>((resolve) => {
    const s = net.createServer((socket) => {
      decoyConnections++;
      socket.destroy();
    });
    s.once("error", () => resolve(undefined)); // 1025 is taken by something else: the port checks below still hold
    s.listen(1025, "127.0.0.1", () => resolve(s));
  });
});

afterAll(() => {
  decoy?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  if (savedSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtp;
});

describe("mail without SMTP_URL", () => {
  it("is refused by the transport instead of going to localhost:1025", async () => {
    delete process.env.SMTP_URL;
    await expect(sendMail({ to: "a@example.test", subject: "x", text: "y" })).rejects.toBeInstanceOf(MailNotConfiguredError);
    await new Promise((r) => setTimeout(r, 100));
    expect(decoyConnections).toBe(0);
  });

  it("npm start's local capture picks a free port (not 1025), points SMTP_URL at it, keeps the mail and says where", async () => {
    const env: Record<string, string | undefined> = {};
    const saveDir = path.join(tmp, "mail");
    const { capture, description } = await startLocalMail(env, saveDir);
    try {
      expect(capture.port).not.toBe(1025);
      expect(env.SMTP_URL).toBe(`smtp://localhost:${capture.port}`);
      expect(description).toContain(saveDir);
      expect(description).toContain(`127.0.0.1:${capture.port}`);
      process.env.SMTP_URL = env.SMTP_URL;
      await sendMail({ to: "inwoner@example.test", subject: "Vastgelegd", text: "Alleen bewaard." });
      const mail = await capture.waitFor((m) => m.subject === "Vastgelegd");
      expect(mail.to).toEqual(["inwoner@example.test"]);
      const saved = fs.readdirSync(saveDir).map((f) => JSON.parse(fs.readFileSync(path.join(saveDir, f), "utf8")) as { subject: string });
      expect(saved.map((m) => m.subject)).toEqual(["Vastgelegd"]);
      expect(decoyConnections).toBe(0);
    } finally {
      await capture.stop();
    }
  });

  it("uses MAIL_CAPTURE_PORT when set, and says clearly when that port is taken", async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
    const port = (probe.address() as net.AddressInfo).port;
    await expect(startLocalMail({ MAIL_CAPTURE_PORT: String(port) }, path.join(tmp, "m2"))).rejects.toThrow(
      /MAIL_CAPTURE_PORT \d+ is in use/,
    );
    await new Promise<void>((r) => probe.close(() => r()));
    const { capture } = await startLocalMail({ MAIL_CAPTURE_PORT: String(port) }, path.join(tmp, "m2"));
    expect(capture.port).toBe(port);
    await capture.stop();
    await expect(startLocalMail({ MAIL_CAPTURE_PORT: "nope" }, tmp)).rejects.toThrow(/not a port number/);
  });
});

/**
 * Mail for `npm start` without SMTP_URL: the local capture server (capture-server.ts) on a free
 * loopback port — or MAIL_CAPTURE_PORT when set — keeps every mail in a folder, and SMTP_URL is
 * pointed at it. Never a fixed port: mail must not reach whatever else listens on localhost:1025.
 *
 * smtp-server and mailparser are loaded only here, only when needed (a production install that
 * sets SMTP_URL never loads them). Framework-free.
 */
import type { CaptureServer } from "./capture-server";

export type LocalMail = { capture: CaptureServer; description: string };

export async function startLocalMail(env: Record<string, string | undefined>, saveDir: string): Promise<LocalMail> {
  const wanted = env.MAIL_CAPTURE_PORT ? Number(env.MAIL_CAPTURE_PORT) : 0;
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535)
    throw new Error(`MAIL_CAPTURE_PORT is not a port number: ${env.MAIL_CAPTURE_PORT}`);
  const { startCaptureServer } = await import("./capture-server");
  let capture: CaptureServer;
  try {
    capture = await startCaptureServer({ port: wanted, saveDir });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(`MAIL_CAPTURE_PORT ${wanted} is in use: choose another port, leave it unset (a free port is picked) or set SMTP_URL`);
    }
    throw error;
  }
  env.SMTP_URL = capture.url;
  return {
    capture,
    description: `nothing is sent; every mail is kept in ${saveDir} (local SMTP server on 127.0.0.1:${capture.port}, SMTP_URL=${capture.url})`,
  };
}

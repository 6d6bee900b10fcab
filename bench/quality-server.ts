/**
 * Shared by bench/page-weight.ts and bench/lighthouse.ts: start the app from a production build
 * with a fresh seeded database (the e2e server: tests/e2e/support/server.ts), log in over HTTP as a
 * demo account (password, or the e-mail link for the ondernemer), and the list of main pages.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, demoAccount } from "../prisma/seed/demo-accounts";

export type MainPage = { key: string; label: string; path: string; role: string | null };

/** The main pages of issue 7 (page weight, Lighthouse). role null = anonymous. */
export const MAIN_PAGES: MainPage[] = [
  { key: "home", label: "Home", path: "/", role: null },
  { key: "public-gemeente", label: "Publieke gemeentepagina", path: "/g/samenstad", role: null },
  { key: "public-worry", label: "Zorg doorgeven (publiek formulier)", path: "/g/samenstad/zorgen", role: null },
  { key: "login", label: "Inloggen", path: "/inloggen", role: null },
  { key: "registry", label: "Ondernemers: register (ambtenaar)", path: "/app/samenstad/ondernemers", role: "ambtenaar" },
  { key: "pipeline", label: "Ondernemers per stap (ambtenaar)", path: "/app/samenstad/ondernemers/pijplijn", role: "ambtenaar" },
  { key: "dashboard", label: "Dashboard (regisseur)", path: "/app/samenstad/dashboard", role: "regisseur" },
  { key: "signals", label: "Signalen: werklijst (regisseur)", path: "/app/samenstad/signalen", role: "regisseur" },
  { key: "organisation", label: "Mijn organisatie (ondernemer)", path: "/app/samenstad/mijn-organisatie", role: "ondernemer" },
];

export type RunningApp = { base: string; mailUrl: string; stop: () => Promise<void> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start tests/e2e/support/server.ts (fresh DB from the template, demo seed, SMTP capture, next start). */
export async function startApp(port: number, distDir: string, log: (m: string) => void): Promise<RunningApp> {
  if (!fs.existsSync(path.resolve(distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}. Run: NEXT_DIST_DIR=${distDir} npx next build`);
  }
  const child = spawn(process.execPath, ["--import", "tsx", "tests/e2e/support/server.ts"], {
    env: { ...process.env, E2E_PORT: String(port), NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(200);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > 180_000) {
      await stop();
      throw new Error("the app server did not start within 3 minutes");
    }
    await sleep(500);
  }
  const state = JSON.parse(fs.readFileSync(path.resolve("test-results", `e2e-state-${port}.json`), "utf8")) as { mailUrl: string };
  log(`app on ${base} (build ${distDir})`);
  return { base, mailUrl: state.mailUrl, stop };
}

/** A tiny cookie jar: name=value pairs from Set-Cookie headers. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

async function csrf(base: string, jar: Jar): Promise<string> {
  const res = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.take(res);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** Log in as a demo account over HTTP (next-auth); returns the Cookie header of the session. */
export async function login(base: string, mailUrl: string, key: string): Promise<string> {
  const account = demoAccount(key);
  const jar = new Jar();
  const token = await csrf(base, jar);
  if (account.password) {
    const res = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin: base },
      body: new URLSearchParams({
        csrfToken: token,
        email: account.email,
        password: DEMO_PASSWORD,
        callbackUrl: `${base}/app`,
        json: "true",
      }),
    });
    jar.take(res);
  } else {
    const since = Date.now();
    const res = await fetch(`${base}/api/auth/signin/email`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin: base },
      body: new URLSearchParams({ csrfToken: token, email: account.email, callbackUrl: `${base}/app`, json: "true" }),
    });
    jar.take(res);
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      const mails = (await (await fetch(`${mailUrl}/messages`)).json()) as { to: string[]; text: string; date: string }[];
      const m = mails.find((x) => x.to.includes(account.email) && new Date(x.date).getTime() >= since - 1000);
      link = m?.text.match(/https?:\/\/\S+/)?.[0];
      if (!link) await sleep(150);
    }
    if (!link) throw new Error(`no login mail for ${key}`);
    const open = await fetch(link, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(open);
  }
  if (!jar.has("next-auth.session-token") && !jar.has("__Secure-next-auth.session-token"))
    throw new Error(`login as ${key} gave no session`);
  return jar.header();
}

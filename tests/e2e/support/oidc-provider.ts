/**
 * A real OpenID Connect provider (npm package oidc-provider), started in the test process on a free
 * loopback port: the stand-in for a gemeente's Entra ID or Keycloak. Accounts can be added and
 * disabled while it runs. Its own small login page (no consent screen): a disabled or unknown
 * account is refused there with `access_denied`, as a real provider does.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

type TestAccount = { sub: string; email: string; emailVerified: boolean; name: string; disabled?: boolean };

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  stop(): Promise<void>;
};

function readBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.on("data", (c: Buffer) => (data += c.toString("utf8")));
    req.on("end", () => resolve(new URLSearchParams(data)));
    req.on("error", reject);
  });
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTestOidcProvider(opts: {
  redirectUri: string;
  clientId?: string;
  clientSecret?: string;
}): Promise<TestOidcProvider> {
  const clientId = opts.clientId ?? "samenkracht-e2e";
  const clientSecret = opts.clientSecret ?? "e2e-client-secret-0123456789";
  const accounts = new Map<string, TestAccount>();
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const byLogin = (login: string) => [...accounts.values()].find((a) => a.email.toLowerCase() === login.trim().toLowerCase());

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account || account.disabled) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.emailVerified, name: account.name };
        },
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Like Keycloak's default: the e-mail claims are in the ID token too.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // No consent screen: the gemeente's own application.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    cookies: { keys: ["e2e-oidc-cookie-key"] },
  });
  const callback = provider.callback();

  handler = async (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? "");
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "GET") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><html lang="nl"><head><title>Inloggen bij de gemeente</title></head><body><main>
<h1>Inloggen bij de gemeente (test)</h1>
<form method="post" action="/interaction/${escape(details.uid)}/login">
<label for="login">E-mailadres</label> <input id="login" name="login" type="email">
<button type="submit">Aanmelden bij de gemeente</button></form></main></body></html>`);
        return;
      }
      const account = byLogin((await readBody(req)).get("login") ?? "");
      const result =
        !account || account.disabled
          ? { error: "access_denied", error_description: "Account unknown or disabled" }
          : { login: { accountId: account.sub } };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    } catch (error) {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end(String((error as Error).message));
    }
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * next-auth 4 configuration: password (+ TOTP) login for staff, login link by e-mail for everyone
 * without a password (ondernemers), revocable JWT sessions.
 *
 * - Sessions are JWT (encrypted cookie), strategy "jwt". The token carries the user id (`sub`),
 *   the user's `sessionVersion` (`sv`) and the session's own id (`sid`). The jwt callback re-reads
 *   the user on every request and voids the session when the user is disabled, the version moved
 *   on, or this session was signed out (RevokedSession; session-user.ts).
 * - The adapter is minimal: only what the e-mail provider needs (verification tokens, user lookup).
 *   It never creates users: an unknown address gets the same "check your mail" page, but no mail
 *   and no stored token, so nothing leaks and the link route can never create an account.
 *   Tokens are stored by issueLoginLink (called from sendVerificationRequest), not by the adapter,
 *   so one function decides "may this address get a link" and limits links per address.
 * - Cookies: httpOnly, sameSite=lax (next-auth defaults), Secure + __Secure- prefix when the app
 *   URL is https (secret.ts).
 * - A gemeente's own OpenID Connect provider (docs/decisions/0016): one next-auth provider per
 *   configured gemeente (`oidc-<slug>`), added per request by authOptionsWithGemeenteProviders (the
 *   route handler). The sign-in is matched to an existing account by the provider's verified e-mail
 *   (matchOidcSignIn); such a session lasts OIDC_SESSION_MAX_AGE (token.oe), then the person signs in
 *   at the provider again, where a disabled account is refused.
 */
import { createHash, randomUUID } from "node:crypto";
import type { AuthOptions, User } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { matchOidcSignIn, unsafeLoginProviders, type LoginProvider } from "@/modules/identity/server/identity-providers";
import { platformDb } from "@/lib/db/tenant";
import { sendMail, smtpUrl, mailFrom } from "@/lib/mail/transport";
import { verifyCredentials } from "@/modules/users/server/credentials";
import { authSecret, secureCookiesEnabled } from "@/lib/auth/secret";
import { checkSessionUser, mayUseEmailLink, revokeSession } from "@/lib/auth/session-user";
import { clientIp } from "@/lib/auth/throttle";
import { escapeHtml } from "@/lib/text/html";

// next-auth 4 reads its public URL from NEXTAUTH_URL; the rest of the app uses APP_URL. One setting is enough.
if (!process.env.NEXTAUTH_URL && process.env.APP_URL) process.env.NEXTAUTH_URL = process.env.APP_URL;

/** Session lifetime; SESSION_MAX_AGE_HOURS overrides (default 12 hours). */
const SESSION_MAX_AGE = Math.round((Number(process.env.SESSION_MAX_AGE_HOURS) || 12) * 3600);
/**
 * A session from a gemeente's provider lasts at most this long (OIDC_SESSION_MAX_AGE_MINUTES, default
 * 60): then the person signs in at the provider again, and an account disabled there is refused.
 */
export const OIDC_SESSION_MAX_AGE = Math.round((Number(process.env.OIDC_SESSION_MAX_AGE_MINUTES) || 60) * 60);
/** A login link works for 30 minutes, once. */
const EMAIL_LINK_MAX_AGE = 30 * 60;

class SessionRevokedError extends Error {
  constructor() {
    super("Session revoked");
    this.name = "SessionRevokedError";
  }
}

type UserRow = { id: string; email: string; name: string; emailVerified: Date | null; disabledAt: Date | null; totpEnabled: boolean };
const USER_SELECT = { id: true, email: true, name: true, emailVerified: true, disabledAt: true, totpEnabled: true } as const;

function toAdapterUser(u: UserRow): AdapterUser {
  return { id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerified };
}

async function findUserByEmail(email: string): Promise<UserRow | null> {
  return platformDb().user.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" } }, select: USER_SELECT });
}

/** Minimal Prisma adapter over the global User and VerificationToken tables (no accounts, no DB sessions). */
function samenkrachtAdapter(): Adapter {
  return {
    async getUser(id) {
      const u = await platformDb().user.findUnique({ where: { id }, select: USER_SELECT });
      return u ? toAdapterUser(u) : null;
    },
    async getUserByEmail(email) {
      const u = await findUserByEmail(email);
      return u ? toAdapterUser(u) : null;
    },
    async getUserByAccount() {
      return null;
    },
    async createUser() {
      // Accounts are made by an admin, never by signing in.
      throw new Error("Creating users through login is not allowed");
    },
    async updateUser(data) {
      const u = await platformDb().user.update({
        where: { id: data.id },
        data: data.emailVerified !== undefined ? { emailVerified: data.emailVerified } : {},
        select: USER_SELECT,
      });
      return toAdapterUser(u);
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      // Stored by sendVerificationRequest instead (see issueLoginLink), which decides whether the
      // address may get a link at all. next-auth requires this method to exist.
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const db = platformDb();
      const found = await db.verificationToken.findFirst({ where: { identifier, token } });
      if (!found) return null;
      // deleteMany: a second, concurrent use of the same link finds nothing to delete and fails.
      const { count } = await db.verificationToken.deleteMany({ where: { identifier, token } });
      if (count !== 1) return null;
      return { identifier: found.identifier, token: found.token, expires: found.expires };
    },
  };
}

/** At most this many login links per address per 15 minutes (against mail bombing). */
const MAX_LINKS_PER_WINDOW = 3;

/** next-auth 4 stores sha256(token + secret) (core/lib/utils hashToken); the callback compares that. */
function hashVerificationToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

/**
 * Issue a login link: only for an address that may use one (known, enabled, no TOTP) and at most
 * MAX_LINKS_PER_WINDOW per 15 minutes; then store the (hashed) token and send the Dutch (B1) mail.
 * Anyone else gets nothing, silently: the page they see is the same. Returns whether a mail went out.
 */
export async function issueLoginLink(params: { identifier: string; token: string; expires: Date; url: string }): Promise<boolean> {
  const user = await findUserByEmail(params.identifier);
  if (!mayUseEmailLink(user)) return false;
  const db = platformDb();
  // A token's expiry is its creation + EMAIL_LINK_MAX_AGE, so "expires after now + max age - 15 min"
  // means "created in the last 15 minutes". Expired tokens are cleaned up on the way.
  const now = Date.now();
  await db.verificationToken.deleteMany({ where: { identifier: params.identifier, expires: { lt: new Date(now) } } });
  const recent = await db.verificationToken.count({
    where: { identifier: params.identifier, expires: { gt: new Date(now + (EMAIL_LINK_MAX_AGE - 15 * 60) * 1000) } },
  });
  if (recent >= MAX_LINKS_PER_WINDOW) return false;
  await db.verificationToken.create({
    data: { identifier: params.identifier, token: hashVerificationToken(params.token), expires: params.expires },
  });
  const url = params.url;
  // Only an address that has confirmed itself (used a login link before) is greeted by name: before
  // that, the name is text anyone could have typed at sign-up, and this mail goes to any address
  // they chose (issue 21). So a first mail carries nothing chosen by someone else.
  const greeting = user!.emailVerified ? `Hallo ${user!.name},` : "Hallo,";
  const text = [
    greeting,
    "",
    "Je wilt inloggen bij Samenkracht. Klik op deze link om in te loggen:",
    "",
    url,
    "",
    "De link werkt 30 minuten. Je kunt hem één keer gebruiken.",
    "",
    "Heb je niet gevraagd om in te loggen? Dan hoef je niets te doen. Niemand kan zonder deze link inloggen.",
    "",
    "Groeten,",
    "Samenkracht",
  ].join("\n");
  const html = `<p>${escapeHtml(greeting)}</p>
<p>Je wilt inloggen bij Samenkracht. Klik op deze link om in te loggen:</p>
<p><a href="${escapeHtml(url)}">Inloggen bij Samenkracht</a></p>
<p>De link werkt 30 minuten. Je kunt hem één keer gebruiken.</p>
<p>Heb je niet gevraagd om in te loggen? Dan hoef je niets te doen. Niemand kan zonder deze link inloggen.</p>
<p>Groeten,<br>Samenkracht</p>`;
  await sendMail({ to: user!.email, subject: "Je inloglink voor Samenkracht", text, html });
  return true;
}

export const authOptions: AuthOptions = {
  // A getter: read at request time, so `next build` without NEXTAUTH_SECRET does not fail here.
  get secret() {
    return authSecret();
  },
  adapter: samenkrachtAdapter(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  useSecureCookies: secureCookiesEnabled(),
  pages: {
    signIn: "/inloggen",
    verifyRequest: "/inloggen/controleer-je-email",
    error: "/inloggen",
  },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Wachtwoord",
      credentials: {
        email: { label: "E-mailadres", type: "email" },
        password: { label: "Wachtwoord", type: "password" },
        code: { label: "Inlogcode", type: "text" },
      },
      async authorize(credentials, req) {
        const result = await verifyCredentials(
          { email: credentials?.email, password: credentials?.password, code: credentials?.code || undefined },
          clientIp(req?.headers as Record<string, string> | undefined),
        );
        // The thrown message becomes `?error=CODE`; the login page shows the Dutch text for it.
        if (!result.ok) throw new Error(result.code);
        const user: User = { id: result.user.id, email: result.user.email, name: result.user.name };
        return user;
      },
    }),
    EmailProvider({
      server: smtpUrl(),
      from: mailFrom(),
      maxAge: EMAIL_LINK_MAX_AGE,
      async sendVerificationRequest({ identifier, token, expires, url }) {
        await issueLoginLink({ identifier, token, expires, url });
      },
    }),
  ],
  callbacks: {
    async signIn({ user, account, email, profile }) {
      if (account?.provider.startsWith("oidc-")) return oidcSignIn(account.provider, profile);
      if (account?.provider !== "email") return true;
      // Asking for a link: always "yes", so the answer does not reveal whether the address exists.
      if (email?.verificationRequest) return true;
      // Redeeming a link: the account must (still) exist and be allowed to use links.
      const row = await platformDb().user.findUnique({ where: { id: user.id }, select: { disabledAt: true, totpEnabled: true } });
      return mayUseEmailLink(row);
    },
    async jwt({ token, user, account }) {
      if (user) {
        // Sign-in: adopt the user's current session version.
        const row = await platformDb().user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        if (!row) throw new SessionRevokedError();
        token.sub = user.id;
        token.sv = row.sessionVersion;
        // This session's own id: signing out revokes exactly this session (events.signOut).
        token.sid = randomUUID();
        // Signed in through a gemeente's provider: this session ends early (OIDC_SESSION_MAX_AGE).
        if (account?.provider.startsWith("oidc-")) token.oe = Math.floor(Date.now() / 1000) + OIDC_SESSION_MAX_AGE;
        else delete token.oe;
      }
      if (typeof token.oe === "number" && Date.now() / 1000 > token.oe) throw new SessionRevokedError();
      // A token without a session id cannot be signed out on the server: not accepted.
      if (typeof token.sid !== "string") throw new SessionRevokedError();
      const live = await checkSessionUser({ userId: token.sub, sessionVersion: token.sv, sessionId: token.sid });
      if (!live) throw new SessionRevokedError();
      token.name = live.name;
      token.email = live.email;
      token.pr = live.platformRole ?? null;
      delete token.picture;
      return token;
    },
    async session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub as string, name: token.name ?? "", email: token.email ?? "" },
        sessionVersion: token.sv as number,
        platformRole: token.pr ?? null,
      };
    },
  },
  events: {
    // Sign-out ends the session on the server, not only in this browser: a copy of the cookie
    // (another tab's, a stolen one) no longer opens anything (RevokedSession, checked in jwt above).
    async signOut({ token }) {
      const exp = typeof token?.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + SESSION_MAX_AGE * 1000);
      await revokeSession(token?.sid, exp);
    },
  },
  logger: {
    // Log codes only: next-auth's metadata can hold e-mail addresses. A revoked session is normal.
    error(code, metadata) {
      const err = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if (err instanceof SessionRevokedError) return;
      const name = err instanceof Error ? err.name : undefined;
      console.error(JSON.stringify({ level: "error", where: "next-auth", code, error: name }));
    },
    warn(code) {
      if (process.env.NODE_ENV !== "production") console.warn(JSON.stringify({ level: "warn", where: "next-auth", code }));
    },
    debug() {},
  },
};

/** The refusal page for a provider sign-in: /inloggen with the Dutch message for the code. */
async function oidcSignIn(providerId: string, profile: unknown): Promise<true | string> {
  const provider = (await unsafeLoginProviders()).find((p) => p.id === providerId);
  if (!provider) return "/inloggen?error=OAuthSignin";
  const result = await matchOidcSignIn(provider, (profile ?? {}) as { email?: unknown; email_verified?: unknown });
  return result.ok ? true : `/inloggen?error=${result.code}`;
}

/** One next-auth provider for a gemeente's OpenID Connect service (discovery at the issuer). */
function gemeenteOidcProvider(p: LoginProvider): OAuthConfig<Record<string, unknown>> {
  return {
    id: p.id,
    name: p.gemeenteName,
    type: "oauth",
    wellKnown: `${p.issuer}/.well-known/openid-configuration`,
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecret: p.clientSecret(),
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // Safe here only because signIn (matchOidcSignIn) lets nobody through without email_verified from
    // this gemeente's own provider, in its own domains, for an existing staff account.
    allowDangerousEmailAccountLinking: true,
    profile(claims) {
      const email = typeof claims.email === "string" ? claims.email : "";
      return { id: String(claims.sub ?? ""), email, name: typeof claims.name === "string" ? claims.name : email };
    },
  };
}

/** The options for next-auth's route: the fixed providers plus one per gemeente with its own provider. */
export async function authOptionsWithGemeenteProviders(): Promise<AuthOptions> {
  const providers = await unsafeLoginProviders();
  if (providers.length === 0) return authOptions;
  return { ...authOptions, providers: [...authOptions.providers, ...providers.map(gemeenteOidcProvider)] };
}

/**
 * `npm run gemeente:create` (scripts/gemeente-create.ts → src/modules/gemeenten/server/create-gemeente.ts):
 * a real gemeente without demo data, its first regisseur and the platform admin, with their login
 * links sent through the real transport to the capture SMTP server.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOwnerClient, type OwnerClient } from "@/lib/db/owner-client";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { AppError } from "@/lib/result";
import { createGemeente } from "@/modules/gemeenten/server/create-gemeente";
import { main as gemeenteCreate } from "../../scripts/gemeente-create";

let capture: CaptureServer;
let owner: OwnerClient;
const SECRET = "gemeente-create-test-secret-0123456789abcdef";
const saved = { SMTP_URL: process.env.SMTP_URL, APP_URL: process.env.APP_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = capture.url;
  process.env.APP_URL = "https://samenkracht.example.nl";
  process.env.NEXTAUTH_SECRET = SECRET;
  owner = createOwnerClient();
});

afterAll(async () => {
  await owner?.$disconnect();
  await capture?.stop();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const counts = async () => ({
  gemeenten: await owner.gemeente.count(),
  users: await owner.user.count(),
  memberships: await owner.membership.count(),
});

describe("npm run gemeente:create", () => {
  it("creates the gemeente without demo data, the regisseur and the platform admin, and mails both a working login link", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const code = await gemeenteCreate([
      "--naam",
      "Ons Dorp",
      "--slug",
      "ons-dorp",
      "--inwoners",
      "23000",
      "--regisseur",
      "Marie.de-Vries@OnsDorp.nl",
      "--beheerder",
      "beheer@onsdorp.nl",
      "--beheerder-naam",
      "Team Beheer",
    ]);
    const lines = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    expect(code).toBe(0);

    const g = await owner.gemeente.findUniqueOrThrow({ where: { slug: "ons-dorp" } });
    expect(g).toMatchObject({ name: "Ons Dorp", inhabitants: 23000 });
    expect(await owner.coalitionPartner.count({ where: { gemeenteId: g.id } })).toBe(0);
    expect(await owner.vestiging.count({ where: { gemeenteId: g.id } })).toBe(0);

    const regisseur = await owner.user.findUniqueOrThrow({ where: { email: "marie.de-vries@onsdorp.nl" }, include: { memberships: true } });
    expect(regisseur).toMatchObject({ name: "Marie De Vries", passwordHash: null, platformRole: null });
    expect(regisseur.memberships.map((m) => [m.gemeenteId, m.role])).toEqual([[g.id, "REGISSEUR"]]);
    const admin = await owner.user.findUniqueOrThrow({ where: { email: "beheer@onsdorp.nl" }, include: { memberships: true } });
    expect(admin).toMatchObject({ name: "Team Beheer", platformRole: "PLATFORM_ADMIN", passwordHash: null });
    expect(admin.memberships).toEqual([]);

    for (const [email, path] of [
      ["marie.de-vries@onsdorp.nl", "/app/ons-dorp"],
      ["beheer@onsdorp.nl", "/beheer"],
    ] as const) {
      const mail = await capture.waitFor((m) => m.to.includes(email));
      expect(mail.subject).toBe("Je inloglink voor Samenkracht");
      const link = new URL(mail.text.match(/https:\/\/samenkracht\.example\.nl\/api\/auth\/callback\/email\S+/)![0]);
      expect(link.searchParams.get("email")).toBe(email);
      expect(link.searchParams.get("callbackUrl")).toBe(`https://samenkracht.example.nl${path}`);
      // Stored only as next-auth's hash: the callback will find it.
      const hashed = createHash("sha256")
        .update(`${link.searchParams.get("token")}${SECRET}`)
        .digest("hex");
      expect(await owner.verificationToken.count({ where: { identifier: email, token: hashed } })).toBe(1);
      expect(await owner.verificationToken.count({ where: { token: link.searchParams.get("token")! } })).toBe(0);
    }
    expect(lines.some((l) => l.includes("Inloglink verstuurd naar beheer@onsdorp.nl"))).toBe(true);
  });

  it("refuses an existing slug and changes nothing", async () => {
    const before = await counts();
    await expect(
      createGemeente(owner, {
        naam: "Ander Dorp",
        slug: "ons-dorp",
        inwoners: 5000,
        regisseur: "nieuw@anderdorp.nl",
        beheerder: "beheer@onsdorp.nl",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Er bestaat al een gemeente met de slug 'ons-dorp'") });
    expect(await counts()).toEqual(before);
  });

  it("gives clear Dutch errors for bad input, creates nothing and sends nothing", async () => {
    const before = await counts();
    const mails = capture.messages.length;
    const error = await createGemeente(owner, {
      naam: "X",
      slug: "Ons Dorp!",
      inwoners: "veel",
      regisseur: "geen-adres",
      beheerder: "ook@niet",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const fields = (error as AppError).fieldErrors!;
    expect(fields.slug?.[0]).toMatch(/kleine letters, cijfers en losse streepjes/);
    expect(fields.inwoners?.[0]).toMatch(/getal/);
    expect(fields.regisseur?.[0]).toMatch(/geldig e-mailadres/);
    expect(fields.naam?.[0]).toMatch(/naam van de gemeente/);
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(
      await gemeenteCreate(["--naam", "Y", "--slug", "y-dorp", "--inwoners=-3", "--regisseur", "r@y.nl", "--beheerder", "b@y.nl"]),
    ).toBe(1);
    err.mockRestore();
    expect(await counts()).toEqual(before);
    expect(capture.messages.length).toBe(mails);
  });

  it("rolls back the gemeente when the beheerder already has another platform role", async () => {
    await owner.user.create({ data: { email: "adviseur@programma.nl", name: "Adviseur", platformRole: "PROGRAMME_ADVISER" } });
    const before = await counts();
    await expect(
      createGemeente(owner, {
        naam: "Derde Dorp",
        slug: "derde-dorp",
        inwoners: 800,
        regisseur: "r@derdedorp.nl",
        beheerder: "adviseur@programma.nl",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
    expect(await owner.gemeente.findUnique({ where: { slug: "derde-dorp" } })).toBeNull();
  });
});

/** Public intake abuse protection: honeypot, signed timing token, size limits, rate limit per address (real PostgreSQL). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFormToken, FORM_EXPIRED, formToken, RATE_LIMIT, submitPublicSignal } from "@/modules/signals/server/public-intake";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
const ok = () => ({
  token: formToken(Date.now() - 10_000),
  website: "",
  wijk: "Noord",
  situation: "Mijn buurman komt al weken niet meer buiten.",
});
const count = async () => (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = $1`, [a.id])).rows[0].n;

beforeAll(async () => {
  a = await createGemeente();
});
afterAll(closeOwnerDb);

describe("public intake", () => {
  it("accepts a normal report", async () => {
    await expect(submitPublicSignal(a.slug, ok(), "10.0.0.1")).resolves.toMatchObject({ status: "ONTVANGEN" });
    expect(await count()).toBe(1);
  });

  it("refuses the honeypot, a too-fast or forged token, and oversize text; nothing stored", async () => {
    const before = await count();
    await expect(submitPublicSignal(a.slug, { ...ok(), website: "http://spam" }, "10.0.0.2")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(submitPublicSignal(a.slug, { ...ok(), token: formToken(Date.now()) }, "10.0.0.2")).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const forged = `${Date.now() - 10_000}.AAAA`;
    await expect(submitPublicSignal(a.slug, { ...ok(), token: forged }, "10.0.0.2")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(submitPublicSignal(a.slug, { ...ok(), situation: "x".repeat(5000) }, "10.0.0.2")).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await count()).toBe(before);
    expect(checkFormToken(formToken(Date.now() - 3 * 3_600_000))).toBe("expired");
  });

  it("a form that stood open longer than its token's life says to reload the page, not to wait", async () => {
    const error = await submitPublicSignal(a.slug, { ...ok(), token: formToken(Date.now() - 3 * 3_600_000) }, "10.0.0.9").catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "VALIDATION", message: FORM_EXPIRED });
    expect((error as Error).message).toMatch(/Laad dan de pagina opnieuw/);
    expect((error as Error).message).not.toMatch(/wacht/i);
  });

  it("names the missing fields of an empty form before any fill-time check; the token stays usable", async () => {
    const token = formToken(Date.now()); // just shown: too fast for the anti-abuse check
    const empty = {
      token,
      residentName: "",
      residentContact: "",
      wijk: "",
      situation: "",
      reporterName: "",
      reporterContact: "",
      reporterEmail: "",
      website: "",
    };
    const error = await submitPublicSignal(a.slug, empty, "10.0.0.3").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    const fieldErrors = (error as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
    expect(Object.keys(fieldErrors).sort()).toEqual(["residentName", "situation"]);
    expect((error as Error).message).not.toContain("erg snel");
    // Filled in correctly, but still within the minimum fill time: now the anti-abuse answer.
    await expect(submitPublicSignal(a.slug, { ...ok(), token }, "10.0.0.3")).rejects.toThrow(/erg snel/);
  });

  it("rate limits per address, not for others; the address is not stored in plain", async () => {
    for (let i = 0; i < RATE_LIMIT.max; i++) await submitPublicSignal(a.slug, ok(), "10.9.9.9");
    await expect(submitPublicSignal(a.slug, ok(), "10.9.9.9")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(submitPublicSignal(a.slug, ok(), "10.9.9.8")).resolves.toMatchObject({ status: "ONTVANGEN" });
    const dump = JSON.stringify((await ownerQuery(`SELECT * FROM "SignalRateLimit"`)).rows);
    expect(dump).not.toContain("10.9.9.9");
    // After the window, the address may report again.
    await ownerQuery(`UPDATE "SignalRateLimit" SET "windowStart" = now() - interval '2 hours'`);
    await expect(submitPublicSignal(a.slug, ok(), "10.9.9.9")).resolves.toMatchObject({ status: "ONTVANGEN" });
  });
});

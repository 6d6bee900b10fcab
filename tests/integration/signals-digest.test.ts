/** Overdue digest: one mail per responsible person, counts only, over real SMTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant } from "@/lib/auth/context";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { createSignal } from "@/modules/signals/server/create-signal";
import { sendOverdueDigests } from "@/modules/signals/jobs/overdue-digest";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let capture: CaptureServer;
beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
});
afterAll(async () => {
  await capture?.stop();
  await closeOwnerDb();
});

describe("overdue digest", () => {
  it("mails the regisseur a count of overdue received signals, without personal data; nothing when none are overdue", async () => {
    const g = await createGemeente();
    const reg = await actorWithRole(g, "REGISSEUR");
    const loket = await actorWithRole(g, "LOKET");
    const regEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: reg.userId } })).email;
    const loketEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: loket.userId } })).email;
    const pub = await publicTenant(g.slug);
    const s1 = await createSignal(pub, { residentName: "Digest Persoon", situation: "Het licht brandt al dagen niet meer." }, "PUBLIEK_FORMULIER");
    await createSignal(pub, { wijk: "Oost", situation: "Nog niet te laat, dit signaal." }, "PUBLIEK_FORMULIER");
    expect((await sendOverdueDigests()).mails).toBe(0);
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 day' WHERE id = $1`, [s1.id]);
    expect((await sendOverdueDigests()).mails).toBe(1);
    const m = await capture.waitFor((x) => x.to.includes(regEmail!));
    expect(m.subject).toMatch(/1 signaal wacht te lang/);
    expect(m.text).not.toContain("Digest Persoon");
    expect(capture.messages.some((x) => x.to.includes(loketEmail!))).toBe(false);
  });
});

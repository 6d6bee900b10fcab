/**
 * Issue 21 item 11: the audit chain is keyed (HMAC with a key from the key ring the database does not
 * hold) and anchored outside the database (digest + signed export). `verifySignalAudit` (the code of
 * `npm run signals:verify-audit`) detects truncation and rewriting. On 02e7b2c both attacks below
 * verified as intact (plain SHA-256, no anchor).
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { anchorLine, signAnchors } from "@/lib/audit/anchor";
import { canonicalJson, GENESIS_HASH } from "@/lib/audit/signal-audit";
import { currentAnchors, verifySignalAudit } from "@/lib/audit/verify";
import { createSignal } from "@/modules/signals/server/create-signal";
import { getSignal } from "@/modules/signals/server/read-signals";
import { sendOverdueDigests } from "@/modules/signals/jobs/overdue-digest";
import { writeFigures } from "../support/evidence/catalog";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let g: Awaited<ReturnType<typeof createGemeente>>;
let reg: TenantContext;

beforeAll(async () => {
  g = await createGemeente({ name: "Ankerstad" });
  reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:assess");
});
/** Figures for `npm run security:report`. */
const fig = {
  keyed: false,
  truncationWithoutAnchor: "",
  truncation: [] as string[],
  forgedAnchor: "",
  rewrite: [] as string[],
  fullDowngradeWithAnchor: [] as string[],
  digestHasHead: false,
};
afterAll(async () => {
  writeFigures("audit-anchor", fig);
  await closeOwnerDb();
});

const chain = async () =>
  (
    await ownerQuery(
      `SELECT id, "gemeenteId", seq, "signalId", "actorUserId", action, detail, "prevHash", hash, "createdAt" FROM "SignalAuditEntry" WHERE "gemeenteId" = $1 ORDER BY seq`,
      [g.id],
    )
  ).rows;
const mine = <P extends { gemeenteId: string }>(problems: P[]) => problems.filter((p) => p.gemeenteId === g.id || p.gemeenteId === "*");

/** What an attacker with the database owner's rights but without the key can do: recompute plain SHA-256 hashes from `fromSeq` on. */
async function recomputeWithoutKey(fromSeq: number) {
  const rows = await chain();
  let prev = rows.find((r) => r.seq === fromSeq - 1)?.hash ?? GENESIS_HASH;
  let seq = fromSeq - 1;
  for (const r of rows.filter((x) => x.seq >= fromSeq)) {
    seq++;
    const body = canonicalJson({
      gemeenteId: r.gemeenteId,
      seq,
      signalId: r.signalId,
      actorUserId: r.actorUserId,
      action: r.action,
      detail: r.detail ?? {},
      prevHash: prev,
      createdAt: new Date(r.createdAt).toISOString(),
    });
    const hash = createHash("sha256").update(body).digest("hex");
    await ownerQuery(`UPDATE "SignalAuditEntry" SET seq = $2, "prevHash" = $3, hash = $4 WHERE id = $1`, [r.id, seq, prev, hash]);
    prev = hash;
  }
}

async function someEntries(n: number) {
  const pub = await publicTenant(g.slug);
  for (let i = 0; i < n; i++) {
    const s = await createSignal(
      pub,
      { residentName: `Anker Persoon ${i}`, situation: "Een signaal voor de auditketen." },
      "PUBLIEK_FORMULIER",
    );
    await getSignal(reg, s.id); // an audited read
  }
}

describe("keyed and anchored signal audit chain", () => {
  it("new entries are keyed (HMAC, key id in the hash); an intact chain verifies", async () => {
    await someEntries(3);
    const rows = await chain();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(r.hash).toMatch(/^h2:[A-Za-z0-9_-]+:[0-9a-f]{64}$/);
    expect(mine((await verifySignalAudit()).problems)).toEqual([]);
    fig.keyed = true;
  });

  it("truncation (deleting the newest entries) is detected with an earlier anchor, signed or from the digest", async () => {
    const signed = signAnchors(await currentAnchors());
    const digestCopy = (await currentAnchors()).filter((a) => a.gemeenteId === g.id);
    const before = await chain();
    await ownerQuery(`DELETE FROM "SignalAuditEntry" WHERE "gemeenteId" = $1 AND seq > $2`, [g.id, before.length - 2]);
    // The chain itself is still consistent: without an anchor nothing can tell.
    expect(mine((await verifySignalAudit()).problems)).toEqual([]);
    expect(mine((await verifySignalAudit(undefined, { anchors: [signed] })).problems)).toContainEqual({
      gemeenteId: g.id,
      seq: before.length,
      problem: "truncated",
    });
    expect(mine((await verifySignalAudit(undefined, { anchors: [digestCopy] })).problems)).toContainEqual({
      gemeenteId: g.id,
      seq: before.length,
      problem: "truncated",
    });
    // A forged anchor file (count lowered to match) fails its signature.
    const forged = { ...signed, anchors: signed.anchors.map((a) => (a.gemeenteId === g.id ? { ...a, count: before.length - 2 } : a)) };
    expect(mine((await verifySignalAudit(undefined, { anchors: [forged] })).problems)).toContainEqual({
      gemeenteId: "*",
      seq: 0,
      problem: "anchor-signature",
    });
    fig.truncationWithoutAnchor = "not detectable from the chain alone";
    fig.truncation = ["signed export: truncated", "digest copy: truncated"];
    fig.forgedAnchor = "anchor-signature";
  });

  it("rewriting (deleting the read entries and recomputing the hashes without the key) is detected", async () => {
    await someEntries(2);
    const signed = signAnchors(await currentAnchors());
    const reads = (await chain()).filter((r) => r.action === "signal.read-personal");
    expect(reads.length).toBeGreaterThan(0);
    const firstRead = reads[0]!.seq;
    await ownerQuery(`DELETE FROM "SignalAuditEntry" WHERE "gemeenteId" = $1 AND action = 'signal.read-personal'`, [g.id]);
    await recomputeWithoutKey(firstRead);
    const problems = mine((await verifySignalAudit()).problems);
    expect(problems.map((p) => p.problem)).toContain("unkeyed-after-keyed");
    // Even a complete downgrade of the chain (every hash recomputed, no keyed entry left) is caught by the anchor.
    await recomputeWithoutKey(1);
    const withAnchor = mine((await verifySignalAudit(undefined, { anchors: [signed] })).problems).map((p) => p.problem);
    expect(withAnchor.some((p) => p === "truncated" || p === "rewritten")).toBe(true);
    fig.rewrite = [...new Set(problems.map((p) => p.problem))];
    fig.fullDowngradeWithAnchor = [...new Set(withAnchor)];
  });

  it("the regisseur's digest carries the head hash and count", async () => {
    const g2 = await createGemeente({ name: "Digestanker" });
    const r2 = await actorWithRole(g2, "REGISSEUR");
    const email = (await ownerDb().user.findUniqueOrThrow({ where: { id: r2.userId } })).email;
    const s = await createSignal(
      await publicTenant(g2.slug),
      { residentName: "Digest Anker", situation: "Te laat, zodat er een overzicht komt." },
      "PUBLIEK_FORMULIER",
    );
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 day' WHERE id = $1`, [s.id]);
    await sendOverdueDigests();
    const head = (await currentAnchors()).find((a) => a.gemeenteId === g2.id)!;
    const job = (await ownerQuery(`SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1`, [email])).rows[0];
    expect(job.data.text).toContain(anchorLine(head));
    expect(job.data.text).toContain(head.head);
    fig.digestHasHead = true;
  });
});

/**
 * Screening in the write path: every core function that stores text which reaches the public, or
 * describes a contribution or milestone, calls `holdIfScreened` in the same transaction. A hit is
 * stored (never refused) and opens a twijfel raised by the writer, with the reason and the words
 * found; the open twijfel takes the relation off every outward surface (./exposure.ts) until
 * another person decides (four eyes, ./doubts.ts).
 */
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { screenText, screeningReason, type ScreeningHit } from "../screening";

export type Held = { held: boolean; hits: ScreeningHit[] };

export async function holdIfScreened(
  db: Db,
  ctx: TenantContext,
  vestigingId: string,
  where: string,
  texts: Array<string | null | undefined>,
  now = new Date(),
): Promise<Held> {
  const { hits } = screenText(...texts);
  if (!hits.length) return { held: false, hits };
  const reason = screeningReason(hits, where);
  // The same text saved twice does not stack twijfels: one open twijfel with this reason is enough.
  const same = await db.doubt.findFirst({ where: { vestigingId, status: "OPEN", reason }, select: { id: true } });
  if (!same) {
    await db.doubt.create({ data: { gemeenteId: ctx.gemeente.id, vestigingId, reason, raisedById: ctx.userId, raisedAt: now } });
  }
  return { held: true, hits };
}

/**
 * PRINCIPLE_TRANSPARENCY + PRINCIPLE_EQUAL_TREATMENT: the public partner register of a gemeente.
 * Every active collaboration (vasthouden/versterken, acknowledged, not stopped or parked, no open
 * twijfel) with organisation, what they do and since when. Nothing personal; the same fields for
 * everyone; alphabetical order only. Works for a public (anonymous) context.
 */
import type { TenantContext } from "@/lib/auth/context";
import { CONTRIBUTION_LABELS } from "../labels";
import { ZExposureQuery } from "../schemas";
import { sectorLabel } from "../sectors";
import { parseEngagementInput } from "./access";
import { ACTIVE_COLLABORATION_WHERE } from "./vasthouden";

export type PublicRegisterEntry = {
  name: string;
  organisation: string;
  sector: string;
  whatTheyDo: string | null;
  contributions: string[];
  since: string;
};

export async function publicRegister(ctx: TenantContext, input: unknown = {}): Promise<PublicRegisterEntry[]> {
  parseEngagementInput(ZExposureQuery, input, { exposure: true });
  const rows = await ctx.run((db) =>
    db.vestiging.findMany({
      where: ACTIVE_COLLABORATION_WHERE,
      select: {
        name: true,
        sector: true,
        publicDescription: true,
        activeSince: true,
        acknowledgedAt: true,
        organisation: { select: { name: true } },
        contributions: { select: { type: true } },
      },
    }),
  );
  return rows
    .map((v) => ({
      name: v.name,
      organisation: v.organisation.name,
      sector: sectorLabel(v.sector),
      whatTheyDo: v.publicDescription,
      contributions: [...new Set(v.contributions.map((c) => CONTRIBUTION_LABELS[c.type]))].sort((a, b) => a.localeCompare(b, "nl")),
      since: (v.activeSince ?? v.acknowledgedAt!).toISOString().slice(0, 10),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl") || a.organisation.localeCompare(b.organisation, "nl"));
}

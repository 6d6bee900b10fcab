/**
 * Demo klankbordgroep for Samenstad: two members (pseudonyms only), one meeting and its input, one
 * item already verwerkt (the stappenplan's "Samen eten" example). Idempotent: only when Samenstad
 * has no klankbord meeting yet.
 */
import { randomUUID } from "node:crypto";
import { encryptField } from "../../src/lib/crypto/fields";
import type { OwnerClient } from "../../src/lib/db/owner-client";

export async function seedKlankbord(db: OwnerClient, gemeenteId: string): Promise<void> {
  if (await db.klankbordMeeting.findFirst({ where: { gemeenteId }, select: { id: true } })) return;
  // Risk groups are stored encrypted (src/modules/coalition/server/klankbord.ts), never as plaintext.
  const member = (displayName: string, groups: string[], consentAt: string) => {
    const id = randomUUID();
    const riskGroupsEnc = encryptField(JSON.stringify(groups), { gemeenteId, rowId: id, field: "klankbord.riskGroups" });
    return { id, gemeenteId, displayName, riskGroups: [], riskGroupsEnc, consentAt: new Date(consentAt) };
  };
  await db.klankbordMember.createMany({
    data: [
      member("Mevrouw T.", ["OUDEREN_75_PLUS", "ROUW_VERLIES"], "2026-02-03T00:00:00Z"),
      member("Sem", ["JONGEREN_15_24"], "2026-02-10T00:00:00Z"),
    ],
  });
  const meeting = await db.klankbordMeeting.create({
    data: {
      gemeenteId,
      date: new Date("2026-03-12T00:00:00Z"),
      topic: "Waar voel je je welkom in Samenstad?",
      notes: "Vijf deelnemers. Gesprek over plekken om anderen te ontmoeten.",
    },
  });
  await db.klankbordInput.createMany({
    data: [
      {
        gemeenteId,
        meetingId: meeting.id,
        text: "Wie na het werk alleen thuiskomt, heeft 's avonds nergens om samen te eten.",
        theme: "thema:ondersteunen-activeren",
        status: "VERWERKT",
        followUp: "'Samen eten' op dinsdagavond in het aanbod gezet, met Welzijn Samenstad.",
      },
      {
        gemeenteId,
        meetingId: meeting.id,
        text: "Jongeren kennen de inloop van de bibliotheek niet.",
        theme: "thema:bewustwordingscampagne",
      },
    ],
  });
}

/**
 * Coalition partners: input and output schemas. The same schemas validate server actions, the JSON
 * API and (through zodResolver) the form, and generate the OpenAPI document.
 */
import { z } from "zod";
import { visibleName } from "@/lib/names";
import { CoalitionCircle, PartnerKind } from "@/generated/prisma/enums";

export { COALITION_CIRCLE_LABELS, PARTNER_KIND_LABELS } from "./labels";

const ZName = visibleName(
  z
    .string({ error: "Vul de naam van de partner in." })
    .trim()
    .min(2, { error: "De naam moet minstens 2 tekens hebben." })
    .max(120, { error: "De naam mag hoogstens 120 tekens hebben." }),
);

const ZKind = z.enum(PartnerKind, { error: "Kies wat voor soort partner dit is." });
const ZCircle = z.enum(CoalitionCircle, { error: "Kies in welke kring van de coalitie de partner zit." });

/** Optional name of the ambassadeur; an empty field means "none". */
const ZAmbassador = z
  .string({ error: "De naam van de ambassadeur moet tekst zijn." })
  .trim()
  .max(120, { error: "De naam van de ambassadeur mag hoogstens 120 tekens hebben." })
  .nullish()
  .transform((v) => (v ? v : null));

export const ZPartnerInput = z.object({
  name: ZName,
  kind: ZKind,
  circle: ZCircle,
  ambassador: ZAmbassador,
});

/** PATCH: any subset of the fields, at least one. */
export const ZPartnerPatch = z
  .object({
    name: ZName.optional(),
    kind: ZKind.optional(),
    circle: ZCircle.optional(),
    ambassador: ZAmbassador.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { error: "Geef minstens één veld om te wijzigen." });

export const ZPartnerListQuery = z.object({
  circle: ZCircle.optional(),
  kind: ZKind.optional(),
});

export const ZPartner = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PartnerKind),
  circle: z.enum(CoalitionCircle),
  ambassador: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TPartner = z.infer<typeof ZPartner>;

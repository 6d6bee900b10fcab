import { z } from "zod";
import { AUDIT_GROUPS, type AuditGroup } from "./kinds";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = (label: string) =>
  z
    .string()
    .max(10, { error: `Vul bij ${label} een datum in als dd-mm-jjjj.` })
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || (DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
      error: `Vul bij ${label} een geldige datum in.`,
    });

/** The log's filters, from the query string: van, tot (dates), persoon (user id), soort (group), pagina. */
export const ZAuditFilter = z
  .object({
    van: optionalDate("'van'"),
    tot: optionalDate("'tot en met'"),
    persoon: z
      .string()
      .max(100)
      .optional()
      .transform((v) => (v ? v : undefined)),
    soort: z
      .string()
      .max(40)
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || Object.prototype.hasOwnProperty.call(AUDIT_GROUPS, v), {
        error: "Kies een soort handeling uit de lijst.",
      })
      .transform((v) => v as AuditGroup | undefined),
    pagina: z.coerce
      .number({ error: "Het paginanummer klopt niet." })
      .int({ error: "Het paginanummer klopt niet." })
      .min(1, { error: "Het paginanummer klopt niet." })
      .max(100_000, { error: "Het paginanummer klopt niet." })
      .optional()
      .default(1),
  })
  .refine((f) => !f.van || !f.tot || f.van <= f.tot, { error: "De datum 'van' ligt na de datum 'tot en met'.", path: ["tot"] });
export type TAuditFilter = z.output<typeof ZAuditFilter>;

/** One line in the log, as shown and exported. No resident data: who (staff), what (a fixed text), when. */
export type TAuditLine = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  text: string;
  group: AuditGroup | null;
  gemeente?: string | null;
};

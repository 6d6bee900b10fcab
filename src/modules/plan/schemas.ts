/** Plan module: input schemas (budget actuals). */
import { z } from "zod";
import { BUDGET_LINES } from "./budget";

export const ZBudgetActualInput = z.object({
  year: z.coerce
    .number({ error: "Vul een jaartal in." })
    .int({ error: "Vul een heel jaartal in." })
    .min(2000, { error: "Het jaartal moet 2000 of later zijn." })
    .max(2100, { error: "Het jaartal moet 2100 of eerder zijn." }),
  line: z.enum(BUDGET_LINES, { error: "Kies een begrotingspost." }),
  /** Euros as typed by a person: "6250", "6.250", "6250,50". */
  amount: z
    .string({ error: "Vul een bedrag in." })
    .trim()
    .regex(/^\d{1,3}(\.?\d{3})*(,\d{1,2})?$/, { error: "Vul een bedrag in euro's in, bijvoorbeeld 6250 of 6.250,50." }),
  note: z.string().trim().max(300, { error: "De toelichting mag hoogstens 300 tekens hebben." }).optional(),
});
export type TBudgetActualInput = z.input<typeof ZBudgetActualInput>;

/** "6.250,50" → 625050 cents. Input already matched the regex above. */
export function euroToCents(amount: string): number {
  const [whole, frac = ""] = amount.replace(/\./g, "").split(",");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

/** Plan module: input schemas (budget actuals). */
import { z } from "zod";
import { BUDGET_LINES } from "./budget";
import { PLAN_ITEM_KEYS, PLAN_STATUSES } from "./plan-items";
import { CATEGORY_INDICATOR, INDICATOR_KEYS } from "./indicator-keys";

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

/** "6.250,50" → 625050 cents. Input already matched the regex above. */
export function euroToCents(amount: string): number {
  const [whole, frac = ""] = amount.replace(/\./g, "").split(",");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

export const ZPlanStatusInput = z.object({
  key: z.enum(PLAN_ITEM_KEYS, { error: "Kies een thema of bouwsteen uit de lijst." }),
  status: z.enum(PLAN_STATUSES, { error: "Kies een status." }),
  note: z.string().trim().max(500, { error: "De toelichting mag hoogstens 500 tekens hebben." }).optional(),
});

const ZNumber = (message: string) => z.coerce.number({ error: message }).refine(Number.isFinite, { error: message });

export const ZSmartGoalInput = z
  .object({
    title: z
      .string({ error: "Vul het doel in." })
      .trim()
      .min(5, { error: "Beschrijf het doel in minstens 5 tekens." })
      .max(300, { error: "Het doel mag hoogstens 300 tekens hebben." }),
    indicator: z
      .union([z.literal(""), z.enum(INDICATOR_KEYS), z.string().max(60).regex(CATEGORY_INDICATOR)], {
        error: "Kies een cijfer uit de lijst.",
      })
      .optional()
      .transform((v) => v || null),
    baseline: ZNumber("Vul de beginmeting in als getal."),
    target: ZNumber("Vul als getal in hoeveel we willen halen."),
    dueDate: z.coerce.date({ error: "Vul een datum in." }).refine((d) => !Number.isNaN(d.getTime()), { error: "Vul een datum in." }),
    manualValue: z
      .union([z.literal(""), z.null(), ZNumber("Vul de huidige stand in als getal.")])
      .optional()
      .transform((v) => (typeof v === "number" ? v : null)),
    source: z
      .string()
      .trim()
      .max(200, { error: "De bron mag hoogstens 200 tekens hebben." })
      .optional()
      .transform((v) => v || null),
  })
  .refine((g) => g.indicator !== null || g.source !== null, {
    error: "Noem de bron van dit cijfer, of kies een cijfer dat Samenkracht zelf telt.",
    path: ["source"],
  });

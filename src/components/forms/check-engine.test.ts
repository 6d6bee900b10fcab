import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPartnerInput } from "@/modules/partners/schemas";
import { formValues } from "@/lib/input/form-values";
import { PARTNER_FORM } from "@/modules/partners/form-fields";
import { checkValues } from "./check-engine";

describe("checkValues (react-hook-form + zodResolver over the server's schema)", () => {
  it("gives the schema's Dutch message per field, the first one only, and nothing when valid", async () => {
    const empty = formValues(new FormData(), PARTNER_FORM);
    const messages = await checkValues(ZPartnerInput, empty);
    expect(messages).toEqual({
      name: "De naam moet minstens 2 tekens hebben.",
      kind: "Kies wat voor soort partner dit is.",
      circle: "Kies in welke kring van de coalitie de partner zit.",
    });
    const fd = new FormData();
    for (const [k, v] of Object.entries({ name: "Humanitas", kind: "VRIJWILLIGERS", circle: "KERNTEAM", ambassador: "" })) fd.set(k, v);
    expect(await checkValues(ZPartnerInput, formValues(fd, PARTNER_FORM))).toEqual({});
  });

  it("reports a nested or list problem on its top-level field", async () => {
    const schema = z.object({
      days: z.array(z.enum(["MA", "DI"], { error: "Kies een dag." })),
      at: z.object({ from: z.string().min(1, "Vul een tijd in.") }),
    });
    expect(await checkValues(schema, { days: ["ZO"], at: { from: "" } })).toEqual({ days: "Kies een dag.", at: "Vul een tijd in." });
  });
});

import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

export const ZApiKeyInput = z.object({
  name: z
    .string({ error: "Geef de sleutel een naam." })
    .trim()
    .min(2, { error: "De naam moet minstens 2 tekens hebben." })
    .max(80, { error: "De naam mag hoogstens 80 tekens hebben." }),
  role: z.enum(Role, { error: "Kies een rol voor de sleutel." }),
});
export type TApiKeyInput = z.infer<typeof ZApiKeyInput>;

/** An API key as listed: never the key itself or its hash. */
export const ZApiKey = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(Role),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

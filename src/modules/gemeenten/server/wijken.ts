/**
 * Read and set a gemeente's own wijken (Gemeente.settings.wijken; rules in ../wijken.ts).
 * Everyone in the gemeente, and the public forms, may read the list; whoever assesses signals
 * (the regisseur) sets it. Other settings keys are kept.
 */
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { platformDb } from "@/lib/db/tenant";
import { AppError, assertStorableText, forbidden } from "@/lib/result";
import { parseWijkenText, wijkenOf } from "../wijken";
import { writeSettings } from "./settings";

export async function listWijken(ctx: TenantContext): Promise<string[]> {
  const g = await platformDb().gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
  return wijkenOf(g?.settings);
}

/** Replace the list (one wijk per line). Signals keep their wijk; new ones must use the new list. */
export async function setWijken(ctx: TenantContext, input: { text?: unknown }): Promise<string[]> {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
  if (typeof input.text !== "string" || input.text.length > 25_000)
    throw new AppError("VALIDATION", undefined, { fieldErrors: { wijken: ["Vul de wijken in, één per regel."] } });
  assertStorableText({ wijken: input.text });
  const parsed = parseWijkenText(input.text);
  if (!parsed.ok) throw new AppError("VALIDATION", parsed.message, { fieldErrors: { wijken: [parsed.message] } });
  await writeSettings(platformDb(), ctx.gemeente.id, { wijken: parsed.wijken });
  return parsed.wijken;
}

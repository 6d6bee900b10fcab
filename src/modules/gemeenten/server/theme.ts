/**
 * Read and set a gemeente's house style (Gemeente.settings.theme; rules in ../theme.ts). Anyone may
 * read it (it is public styling); the regisseur of the gemeente and the platform admin set it
 * (gemeente:manage). A theme under AA contrast is refused with a Dutch message and nothing changes.
 */
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { platformDb } from "@/lib/db/tenant";
import { AppError, forbidden } from "@/lib/result";
import { parseTheme, themeOf, type Theme } from "../theme";
import { writeSettings } from "./settings";

/** The theme of the gemeente with this slug, or null when there is no such gemeente. */
export async function themeBySlug(slug: string): Promise<Theme | null> {
  if (typeof slug !== "string" || slug.length > 100) return null;
  const g = await platformDb().gemeente.findUnique({ where: { slug }, select: { settings: true } });
  return g ? themeOf(g.settings) : null;
}

export async function setTheme(ctx: TenantContext, input: unknown): Promise<Theme> {
  if (!can(ctx.role, "theme:manage")) throw forbidden();
  const parsed = parseTheme(input);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([k, v]) => [k, [v as string]]));
    throw new AppError("VALIDATION", "De huisstijl is niet opgeslagen. Kijk bij de velden wat er anders moet.", { fieldErrors });
  }
  await writeSettings(platformDb(), ctx.gemeente.id, { theme: parsed.theme });
  return parsed.theme;
}

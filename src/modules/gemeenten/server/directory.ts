/** The list of gemeenten on the platform (home page, the entrepreneur's entrance, the beheer page) and one's settings. */
import { platformDb } from "@/lib/db/tenant";

/** Every gemeente, by name. */
export async function listGemeenten(): Promise<{ slug: string; name: string; inhabitants: number }[]> {
  return platformDb().gemeente.findMany({ select: { slug: true, name: true, inhabitants: true }, orderBy: { name: "asc" } });
}

/** A gemeente's stored settings (null when none), for the house-style page. */
export async function gemeenteSettings(gemeenteId: string): Promise<unknown> {
  const g = await platformDb().gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  return g?.settings ?? null;
}

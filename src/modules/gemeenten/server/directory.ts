/** The list of gemeenten on the platform (home page, the entrepreneur's entrance, the beheer page) and one's settings. */
import { platformDb } from "@/lib/db/tenant";
import { readSettings } from "./settings";

/** Every gemeente, by name. */
export async function listGemeenten(): Promise<{ slug: string; name: string; inhabitants: number }[]> {
  return platformDb().gemeente.findMany({ select: { slug: true, name: true, inhabitants: true }, orderBy: { name: "asc" } });
}

/** A gemeente's settings for the house-style page: the one reader of Gemeente.settings (./settings.ts). */
export async function gemeenteSettings(gemeenteId: string): Promise<Record<string, unknown>> {
  return readSettings(platformDb(), gemeenteId);
}

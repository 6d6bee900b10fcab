/**
 * One's own function and work contact details (account page). The mail templates prefill
 * {{functie}} and {{contactgegevens}} from them (engagement `templateMailDrafts`).
 */
import { requireUser, type Actor } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { AppError } from "@/lib/result";
import { ZWorkDetails } from "../schemas";

export async function updateWorkDetails(actor: Actor, input: unknown): Promise<{ jobTitle: string | null; workContact: string | null }> {
  const user = requireUser(actor);
  const parsed = ZWorkDetails.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    throw new AppError("VALIDATION", "Controleer je functie en contactgegevens.", { fieldErrors });
  }
  return platformDb().user.update({
    where: { id: user.userId },
    data: parsed.data,
    select: { jobTitle: true, workContact: true },
  });
}

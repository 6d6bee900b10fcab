"use server";
/** Server actions for gemeente-level settings. Each checks authentication/permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, runAction, type ActionResult } from "@/lib/result";
import { setPublicContact } from "./server/public-contact";
import type { TPublicContact } from "./schemas";

export type PublicContactState = ActionResult<TPublicContact> | null;

/** The regisseur sets the coalition's public contact (e-mail, phone) for people who want to join. */
export async function setPublicContactAction(gemeenteSlug: string, _prev: PublicContactState, fd: FormData): Promise<PublicContactState> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    if (!(fd instanceof FormData)) throw new AppError("VALIDATION");
    const email = fd.get("email");
    const phone = fd.get("phone");
    const r = await setPublicContact(ctx, { email: typeof email === "string" ? email : "", phone: typeof phone === "string" ? phone : "" });
    revalidatePath(`/g/${ctx.gemeente.slug}`);
    revalidatePath(`/g/${ctx.gemeente.slug}/partners`);
    return r;
  }, "setPublicContactAction");
}

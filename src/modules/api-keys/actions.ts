"use server";
/**
 * Server actions for the admin UI (platform admin manages a gemeente's API keys). Each checks the
 * session and the permission itself: server actions are public POST endpoints.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { createApiKey } from "./server/create-api-key";
import { listApiKeys } from "./server/list-api-keys";
import { revokeApiKey } from "./server/revoke-api-key";
import type { TApiKey } from "./schemas";

export async function createApiKeyAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ apiKey: TApiKey; key: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "apikeys:manage");
    const result = await createApiKey(ctx, input);
    revalidatePath("/beheer", "layout");
    return result;
  }, "createApiKeyAction");
}

export async function revokeApiKeyAction(gemeenteSlug: string, id: string): Promise<ActionResult<TApiKey>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "apikeys:manage");
    const result = await revokeApiKey(ctx, String(id));
    revalidatePath("/beheer", "layout");
    return result;
  }, "revokeApiKeyAction");
}

export async function listApiKeysAction(gemeenteSlug: string): Promise<ActionResult<TApiKey[]>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "apikeys:manage");
    return listApiKeys(ctx);
  }, "listApiKeysAction");
}

"use server";
/**
 * Server actions for the admin UI (platform admin manages a gemeente's API keys). Each checks the
 * session and the permission itself: server actions are public POST endpoints.
 */
import type { ActionResult, FormState } from "@/lib/result";
import { tenantAction, tenantFormAction, type Refresh } from "@/server/action";
import { createApiKey } from "./server/create-api-key";
import { revokeApiKey } from "./server/revoke-api-key";
import type { TApiKey } from "./schemas";
import { API_KEY_FORM } from "./form-fields";

/** The platform admin's pages (not the gemeente's own). */
const BEHEER = (): Refresh[] => [{ path: "/beheer", layout: true }];

/** The key form posts here (its FormData, so it also works without JavaScript); the full key comes back once. */
export async function createApiKeyAction(
  gemeenteSlug: string,
  _prev: FormState<{ apiKey: TApiKey; key: string }>,
  fd: FormData,
): Promise<FormState<{ apiKey: TApiKey; key: string }>> {
  return tenantFormAction("createApiKeyAction", gemeenteSlug, "apikeys:manage", { data: fd, fields: API_KEY_FORM }, createApiKey, {
    refresh: BEHEER,
  });
}

export async function revokeApiKeyAction(gemeenteSlug: string, id: string): Promise<ActionResult<TApiKey>> {
  return tenantAction("revokeApiKeyAction", gemeenteSlug, "apikeys:manage", (ctx) => revokeApiKey(ctx, String(id)), { refresh: BEHEER });
}

/**
 * Server helper for the pages inside the logged-in shell (/app/[gemeente]/…): the shell's actor →
 * TenantContext with one permission, or a Dutch refusal (the page's title and the reason) to render
 * instead. The layout only checks gemeente:read, so every page calls this with its own permission.
 */
import "server-only";
import type { ReactNode } from "react";
import { loadShell } from "./load-shell";
import { requireTenant, type Actor, type GemeenteRef, type TenantContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";

export type PageContext = { ctx: TenantContext; refusal?: undefined } | { ctx?: undefined; refusal: ReactNode };

/** The refusal a page shows instead of its content: its own title and the Dutch reason. */
export function Refusal({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg">{message}</p>
    </>
  );
}

/** requireTenant for a page: FORBIDDEN becomes the refusal; anything else is thrown on. */
export async function tenantOrRefusal(
  actor: Actor,
  gemeente: string | GemeenteRef,
  title: string,
  permission: Permission,
): Promise<PageContext> {
  try {
    return { ctx: await requireTenant(actor, typeof gemeente === "string" ? { slug: gemeente } : gemeente, permission) };
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return { refusal: <Refusal title={title} message={error.message} /> };
    throw error;
  }
}

/**
 * For a page: the TenantContext with `permission`, or what to render instead. When the shell itself
 * refuses (no gemeente:read), the layout already shows the refusal and the page renders nothing.
 */
export async function pageContext(slug: string, title: string, permission: Permission): Promise<PageContext> {
  const shell = await loadShell(slug);
  if (shell.kind !== "ok") return { refusal: null };
  // The shell looked the gemeente up for this request already: check the page's permission on it.
  return tenantOrRefusal(shell.actor, { resolved: shell.ctx.gemeente }, title, permission);
}

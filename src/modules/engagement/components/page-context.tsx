/**
 * Server helper for the engagement pages: the shell's actor → TenantContext with a permission,
 * or a Dutch refusal to render instead. Every page calls it (the layout only checks gemeente:read).
 */
import "server-only";
import type { ReactNode } from "react";
import Link from "next/link";
import { loadShell } from "@/components/shell/load-shell";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";

export async function engagementContext(
  slug: string,
  title: string,
  permission: Permission = "engagement:read",
): Promise<{ ctx: TenantContext; refusal?: undefined } | { ctx?: undefined; refusal: ReactNode }> {
  const shell = await loadShell(slug);
  if (shell.kind !== "ok") return { refusal: null };
  try {
    return { ctx: await requireTenant(shell.actor, { slug }, permission) };
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") {
      return {
        refusal: (
          <>
            <h1 className="text-3xl font-bold">{title}</h1>
            <p className="mt-4 text-lg">{error.message}</p>
          </>
        ),
      };
    }
    throw error;
  }
}

/** The sub-navigation of the engagement pages. */
export function EngagementTabs({ slug, current }: { slug: string; current: "register" | "matrix" | "pijplijn" | "importeren" | "instellingen" }) {
  const base = `/app/${encodeURIComponent(slug)}/ondernemers`;
  const tabs = [
    ["register", base, "Alle ondernemers"],
    ["matrix", `${base}/matrix`, "Shortlist (matrix)"],
    ["pijplijn", `${base}/pijplijn`, "Pijplijn"],
    ["importeren", `${base}/importeren`, "Longlist importeren"],
    ["instellingen", `/app/${encodeURIComponent(slug)}/instellingen`, "Instellingen"],
  ] as const;
  return (
    <nav aria-label="Ondernemers" className="mt-4">
      <ul className="flex flex-wrap gap-4">
        {tabs.map(([key, href, label]) => (
          <li key={key}>
            <Link href={href} aria-current={key === current ? "page" : undefined}
              className={key === current ? "font-bold underline" : "underline"}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function formatDate(d: Date | null | undefined): string {
  return d ? new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: "Europe/Amsterdam" }).format(d) : "—";
}

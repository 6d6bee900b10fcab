import "server-only";
import { notFound, redirect } from "next/navigation";
import { requirePlatform } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { getActor } from "@/server/session";
import { AppError } from "@/lib/result";
import { loginUrl } from "./shell/load-shell";

/** Platform pages: anonymous → login; anyone without the platform permission → 404 (nothing leaks). */
export async function requirePlatformPage(permission: Permission, path: string) {
  const actor = await getActor();
  try {
    return requirePlatform(actor, permission);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(loginUrl(path));
    if (error instanceof AppError) notFound();
    throw error;
  }
}

/**
 * Coalition rules, framework-free, one place each (the partners module and the coalition module
 * both call them, so a server action, the JSON API and the seed hit the same check).
 */
import type { CoalitionCircle } from "@/generated/prisma/enums";
import { AppError } from "@/lib/result";

/** RULE_KERNTEAM_AMBASSADOR: every partner or entrepreneur in the kernteam has an ambassadeur. */
export const KERNTEAM_NEEDS_AMBASSADOR = "KERNTEAM_NEEDS_AMBASSADOR";
const KERNTEAM_NEEDS_AMBASSADOR_MESSAGE = "In het kernteam heeft elke partner een ambassadeur. Vul de naam van de ambassadeur in.";

/** The error for a placement that breaks the kernteam rule, or null when the placement is fine. */
export function kernteamAmbassadorError(
  circle: CoalitionCircle | null | undefined,
  ambassador: string | null | undefined,
): AppError | null {
  if (circle !== "KERNTEAM") return null;
  if (typeof ambassador === "string" && ambassador.trim().length > 0) return null;
  return new AppError(KERNTEAM_NEEDS_AMBASSADOR, KERNTEAM_NEEDS_AMBASSADOR_MESSAGE, {
    status: 422,
    fieldErrors: { ambassador: [KERNTEAM_NEEDS_AMBASSADOR_MESSAGE] },
  });
}

/** Throw when the placement breaks the kernteam rule. */
export function assertKernteamAmbassador(circle: CoalitionCircle | null | undefined, ambassador: string | null | undefined): void {
  const error = kernteamAmbassadorError(circle, ambassador);
  if (error) throw error;
}

export const VESTIGING_STOPPED_MESSAGE = "Deze ondernemer is gestopt met meedoen. Je kunt de ondernemer daarom niet in een kring zetten.";

import type { TPartner } from "../schemas";

type PartnerRow = {
  id: string;
  name: string;
  kind: TPartner["kind"];
  circle: TPartner["circle"];
  ambassador: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toPartnerDto(row: PartnerRow): TPartner {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    circle: row.circle,
    ambassador: row.ambassador,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const PARTNER_SELECT = {
  id: true,
  name: true,
  kind: true,
  circle: true,
  ambassador: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const PARTNER_NAME_TAKEN = "Er is in deze gemeente al een partner met deze naam.";

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "P2002";
}

/**
 * Need-to-know on a signal's personal fields: ONE table, per field and role (SIGNAL_FIELD_VISIBILITY in
 * src/lib/auth/permissions.ts). Framework-free; the read function (getSignal), and through it the case
 * page, reads only this.
 *
 *   "all"    — on every signal of the gemeente (regisseur, loket: they run the intake and must be
 *              able to call the resident and the reporter back);
 *   "onCase" — only while the signal is theirs (canSeePersonal: team on an unassigned signal in its
 *              step or assigned to them, a volunteer linked to it);
 *   absent   — never.
 *
 * The reporter's identity (name, phone, e-mail) is for the roles that must contact the reporter —
 * regisseur and loket — not for teams or volunteers: the public form promises "We noemen uw naam
 * niet aan de persoon", and those are the people who visit the resident.
 * Ondernemers, partners, ambtenaren and the public see no personal field of any signal.
 * A restricted signal (AVG art. 18) shows personal fields to the regisseur only; an erased one to no-one.
 */
import { SIGNAL_FIELD_VISIBILITY, SIGNAL_PERSONAL_FIELDS, type ActingRole as Role, type SignalPersonalField } from "@/lib/auth/permissions";
import { canSeePersonal, type SignalStatus } from "./flow";

// The table itself lives with every other access rule in src/lib/auth/permissions.ts.
export { SIGNAL_FIELD_VISIBILITY, type SignalPersonalField };

type Row = {
  status: SignalStatus;
  assigneeUserId: string | null;
  volunteerUserId: string | null;
  restricted?: boolean;
  erasedAt?: Date | null;
};

/** The personal fields of this signal this role (and user) may see now. */
export function visibleSignalFields(role: Role, userId: string | null, row: Row): SignalPersonalField[] {
  if (row.erasedAt) return [];
  if (row.restricted && role !== "REGISSEUR") return [];
  const onCase = canSeePersonal(role, userId, row);
  return SIGNAL_PERSONAL_FIELDS.filter((f) => {
    const reach = role === "PLATFORM_ADMIN" || role === "PUBLIC" ? undefined : SIGNAL_FIELD_VISIBILITY[f][role];
    return reach === "all" || (reach === "onCase" && onCase);
  });
}

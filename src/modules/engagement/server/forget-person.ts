/**
 * Account deletion, the engagement side (issue 13, docs/decisions/0013): a deleted person leaves the
 * gemeente's records of its relations, the records stay. Their id is removed from step history,
 * contact moments, twijfels, milestones, contributions, acknowledgements and account holding; where
 * the record shows who did it, the name becomes "verwijderd account". Contact persons with the
 * person's own e-mail address (personal contact fields) are removed. Nothing else changes: no
 * vestiging, twijfel, step change or contact moment is deleted.
 *
 * Runs inside one gemeente's tenant transaction (the caller loops over the person's gemeenten).
 */
import type { Db } from "@/lib/db/tenant";

const DELETED_ACCOUNT_NAME = "verwijderd account";

export async function forgetPersonInGemeente(db: Db, person: { userId: string; email: string | null; organisationId: string | null }) {
  const { userId } = person;
  const name = DELETED_ACCOUNT_NAME;
  await db.stepChange.updateMany({ where: { byUserId: userId }, data: { byUserId: null, byName: name } });
  await db.contactMoment.updateMany({ where: { byUserId: userId }, data: { byUserId: null, byName: name } });
  await db.contactMoment.updateMany({
    where: { nextActionDoneById: userId },
    data: { nextActionDoneById: null, nextActionDoneByName: name },
  });
  await db.doubt.updateMany({ where: { raisedById: userId }, data: { raisedById: null, raisedByName: name } });
  await db.doubt.updateMany({ where: { closedById: userId }, data: { closedById: null, closedByName: name } });
  await db.milestone.updateMany({ where: { recordedById: userId }, data: { recordedById: null } });
  await db.contribution.updateMany({ where: { createdById: userId }, data: { createdById: null } });
  await db.vestiging.updateMany({ where: { acknowledgedById: userId }, data: { acknowledgedById: null } });
  await db.vestiging.updateMany({ where: { accountHolderId: userId }, data: { accountHolderId: null } });
  await db.mailTemplate.updateMany({ where: { updatedById: userId }, data: { updatedById: null } });
  // The person's own contact details on their organisation's vestigingen (self-service keeps them there).
  if (person.email && person.organisationId) {
    await db.contactPerson.deleteMany({
      where: { email: { equals: person.email, mode: "insensitive" }, vestiging: { organisationId: person.organisationId } },
    });
  }
}

/**
 * Who did something, for a page to name: a person (a user's name, or the name stored with the record), an API key, or
 * an account deleted since (no user by the id any more, or the stored "verwijderd account"). The page says the last
 * two in the reader's language; what is stored stays as it is.
 */
export type Author = { name: string } | { kind: "api" | "deleted" };

export function authorOf(userId: string | null, storedName: string | null | undefined, names: Map<string, string>): Author {
  if (userId?.startsWith("apikey:")) return { kind: "api" };
  if (userId) {
    const name = names.get(userId);
    return name === undefined ? { kind: "deleted" } : { name };
  }
  return storedName === DELETED_ACCOUNT_NAME ? { kind: "deleted" } : { name: storedName ?? "—" };
}

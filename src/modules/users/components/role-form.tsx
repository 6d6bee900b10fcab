/**
 * Change one member's role in this gemeente: the client form (./role-form-client.tsx) with its texts from the
 * catalogue and its action bound here, on the server (so it also posts without JavaScript), so the page that renders
 * it need not pass them. Their sessions end at once (server side).
 */
import { getT } from "@/i18n/server";
import { changeRoleAction } from "../actions";
import { RoleFormClient } from "./role-form-client";

export async function RoleForm({
  gemeenteSlug,
  ...props
}: {
  gemeenteSlug: string;
  userId: string;
  userName: string;
  role: string;
  roles: Array<{ value: string; label: string }>;
}) {
  const { t } = await getT();
  return <RoleFormClient {...props} action={changeRoleAction.bind(null, gemeenteSlug)} texts={t.accountPages.roleForm} />;
}

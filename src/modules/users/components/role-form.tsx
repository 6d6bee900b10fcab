/**
 * Change one member's role in this gemeente: the client form (./role-form-client.tsx) with its texts from the
 * catalogue, so the page that renders it need not pass them. Their sessions end at once (server side).
 */
import { getT } from "@/i18n/server";
import { RoleFormClient } from "./role-form-client";

export async function RoleForm(props: {
  gemeenteSlug: string;
  userId: string;
  userName: string;
  role: string;
  roles: Array<{ value: string; label: string }>;
}) {
  const { t } = await getT();
  return <RoleFormClient {...props} texts={t.accountPages.roleForm} />;
}

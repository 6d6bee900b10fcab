import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import { TENANT_ROLES } from "@/lib/auth/permissions";
import { getT } from "@/i18n/server";
import { RoleForm } from "@/modules/users/components/role-form";
import { listMembers } from "@/modules/users/server/people";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.nav.people };
}

type Props = { params: Promise<{ gemeente: string }> };

/** The people of one gemeente and their roles (members:manage: regisseur, platform admin). */
export default async function MensenPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const page = await pageContext(gemeente, t.nav.people, "members:manage");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const x = t.coalitionPages.people;
  const members = await listMembers(ctx);
  const roles = TENANT_ROLES.map((value) => ({ value, label: t.roles[value] }));
  return (
    <>
      <h1 className="text-3xl font-bold">{t.nav.people}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name)}</p>
      <DataTable scroll className="mt-6" caption={x.caption(ctx.gemeente.name)} columns={[x.colName, x.colEmail, x.colRole]}>
        {members.map((m) => (
          <tr key={m.user.id} className="border-b border-line">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {m.user.name}
              {m.user.disabledAt ? <span className="ml-2 font-normal text-muted">{x.disabled}</span> : null}
            </th>
            <td className="py-2 pr-4">{m.user.email}</td>
            <td className="py-2 pr-4">
              {m.user.id === ctx.userId ? (
                t.roles[m.role]
              ) : (
                <RoleForm gemeenteSlug={ctx.gemeente.slug} userId={m.user.id} userName={m.user.name} role={m.role} roles={roles} />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/**
 * "Mijn acties" (server component): the signed-in accounthouder's open next actions from contact
 * moments — date, entrepreneur, what — overdue first, each with "Gedaan" (its action bound here, per
 * row, so it posts without JavaScript). Shown on the overview.
 */
import "server-only";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/i18n/server";
import { completeNextActionFormAction } from "../actions";
import { listMyNextActions } from "../server/contacts";
import { NextActionDoneButton } from "./next-actions";
import { formatDate } from "./page-context";

export async function MyActions({ ctx }: { ctx: TenantContext }) {
  if (!can(ctx.role, "engagement:read") || !ctx.userId) return null;
  const actions = await listMyNextActions(ctx);
  const manage = can(ctx.role, "engagement:manage");
  const slug = encodeURIComponent(ctx.gemeente.slug);
  const { t } = await getT();
  const texts = t.engagementPages.myActions;
  return (
    <section aria-labelledby="mijn-acties" className="mt-8">
      <h2 id="mijn-acties" className="text-2xl font-bold">
        {texts.title}
      </h2>
      <p className="mt-1 max-w-3xl">{texts.intro}</p>
      {actions.length === 0 ? (
        <p className="mt-3">{texts.none}</p>
      ) : (
        <DataTable
          className="mt-3 max-w-4xl"
          caption={texts.caption}
          columns={[texts.date, texts.entrepreneur, texts.what, ...(manage ? [{ head: texts.finish, unseen: true as const }] : [])]}
        >
          {actions.map((a) => (
            <tr key={a.id} className="border-b border-line">
              <td className="py-2 pr-4">
                {a.date ? formatDate(a.date) : texts.noDate}
                {a.overdue ? <strong className="ml-2 text-danger">{texts.late}</strong> : null}
              </td>
              <td className="py-2 pr-4">
                <Link className="underline" prefetch={false} href={`/app/${slug}/ondernemers/${a.vestigingId}`}>
                  {a.vestigingName}
                </Link>
              </td>
              <td className="py-2 pr-4">{a.action}</td>
              {manage ? (
                <td className="py-2 pr-4">
                  <NextActionDoneButton
                    action={completeNextActionFormAction.bind(null, ctx.gemeente.slug, a.id)}
                    what={`${a.action} (${a.vestigingName})`}
                    texts={t.engagementPages.nextAction}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

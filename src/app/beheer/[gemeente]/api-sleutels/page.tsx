import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getActor } from "@/server/session";
import { requireTenant } from "@/lib/auth/context";
import { TENANT_ROLES } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { getT } from "@/i18n/server";
import { listApiKeys } from "@/modules/api-keys/server/list-api-keys";
import { ApiKeyForm, RevokeApiKeyButton } from "@/modules/api-keys/components/api-key-form";
import { createApiKeyAction } from "@/modules/api-keys/actions";
import { formatNumericDate } from "@/lib/text/dates";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.adminPages.apiKeys.title };
}

/** The platform admin creates and revokes a gemeente's API keys (one role per key). */
export default async function ApiKeysPage({ params }: Props) {
  const { gemeente } = await params;
  await requirePlatformPage("apikeys:manage", `/beheer/${gemeente}/api-sleutels`);
  let ctx;
  try {
    ctx = await requireTenant(await getActor(), { slug: gemeente }, "apikeys:manage");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { t } = await getT();
  const x = t.adminPages.apiKeys;
  const revokeTexts = { revoke: t.adminPages.apiKeyForm.revoke };
  const keys = await listApiKeys(ctx);
  const roles = TENANT_ROLES.map((value) => ({ value, label: t.roles[value] }));
  const createAction = createApiKeyAction.bind(null, ctx.gemeente.slug);
  const date = (iso: string | null) => (iso ? formatNumericDate(iso) : "—");

  return (
    <PublicPage showLogin={false}>
      <p>
        <Link href="/beheer" className="text-brand-strong">
          {x.back}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{x.heading(ctx.gemeente.name)}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro}</p>
      <section aria-labelledby="sleutels" className="mt-8">
        <h2 id="sleutels" className="text-2xl font-bold">
          {x.keys(keys.length)}
        </h2>
        {keys.length === 0 ? (
          <p className="mt-4">{x.none}</p>
        ) : (
          <DataTable
            scroll
            className="mt-4"
            caption={x.heading(ctx.gemeente.name)}
            columns={[x.name, x.prefix, x.role, x.created, x.lastUsed, x.status]}
          >
            {keys.map((k) => (
              <tr key={k.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {k.name}
                </th>
                <td className="py-2 pr-4 font-mono">{k.prefix}…</td>
                <td className="py-2 pr-4">{t.roles[k.role]}</td>
                <td className="py-2 pr-4">{date(k.createdAt)}</td>
                <td className="py-2 pr-4">{date(k.lastUsedAt)}</td>
                <td className="py-2 pr-4">
                  {k.revokedAt ? (
                    x.revokedOn(date(k.revokedAt))
                  ) : (
                    <RevokeApiKeyButton gemeenteSlug={ctx.gemeente.slug} id={k.id} name={k.name} texts={revokeTexts} />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="sleutel-maken" className="mt-10">
        <h2 id="sleutel-maken" className="text-2xl font-bold">
          {x.newKey}
        </h2>
        <ApiKeyForm action={createAction} roles={roles} texts={t.adminPages.apiKeyForm} />
      </section>
    </PublicPage>
  );
}

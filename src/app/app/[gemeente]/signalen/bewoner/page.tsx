import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { residentRightsAction } from "@/modules/signals/actions";
import { ResidentRights } from "@/modules/signals/components/resident-rights";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.signalsPages.residentRights.title };
}

type Props = { params: Promise<{ gemeente: string }> };

/** Rights of the resident: inzage (export), beperken, wissen. Regisseur only; everything audited. */
export default async function ResidentRightsPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const tx = t.signalsPages.residentRights;
  const page = await pageContext(gemeente, tx.title, "signals:assess");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  return (
    <>
      <p>
        <Link className="underline" href={`/app/${ctx.gemeente.slug}/signalen`}>
          {tx.back}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{tx.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{tx.intro}</p>
      <div className="mt-6">
        <ResidentRights action={residentRightsAction.bind(null, ctx.gemeente.slug)} texts={t.signalsPages.residentRightsForm} />
      </div>
    </>
  );
}

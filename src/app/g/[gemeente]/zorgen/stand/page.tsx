import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { checkSignalStatusAction } from "@/modules/signals/actions";
import { StatusCheckForm } from "@/modules/signals/components/status-check-form";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.worryStatus.metaTitle(ctx.gemeente.name), referrer: "no-referrer" };
}

/** Public: the reporter types the one-time code; it is posted, never put in the URL. */
export default async function SignalStatusPage({ params }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  const T = t.publicPages.worryStatus;
  return (
    <PublicPage>
      <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
      <h1 className="mt-1 text-3xl font-bold">{T.title}</h1>
      <div className="mt-6">
        <StatusCheckForm action={checkSignalStatusAction.bind(null, ctx.gemeente.slug)} />
      </div>
      <p className="mt-6">
        <Link className="underline" href={`/g/${ctx.gemeente.slug}/zorgen`}>
          {T.newWorry}
        </Link>
      </p>
    </PublicPage>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { submitPublicSignalAction } from "@/modules/signals/actions";
import { IntakeForm } from "@/modules/signals/components/intake-form";
import { formToken } from "@/modules/signals/server/public-intake";
import { listWijken } from "@/modules/gemeenten/server/wijken";
export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.worry.metaTitle(ctx.gemeente.name) };
}

/** Public intake (no login). Guidance from the entrepreneurs' FAQ beside the form. */
export default async function PublicSignalPage({ params }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const action = submitPublicSignalAction.bind(null, ctx.gemeente.slug);
  const wijken = await listWijken(ctx);
  const { t } = await getT();
  const T = t.resident.worryPage;
  return (
    <PublicPage>
      <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
      <h1 className="mt-1 text-3xl font-bold">{t.publicPages.worry.title}</h1>
      {/* Before the form, so that on a phone it is seen first. */}
      <p className="mt-4 rounded border-2 border-danger bg-white p-3 text-lg font-semibold" data-testid="gevaar">
        {T.danger.replace(/112\.$/, "")}
        <a className="underline" href="tel:112">
          112
        </a>
        .
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <IntakeForm
          action={action}
          token={formToken()}
          mode="public"
          texts={{ form: t.resident.worryForm, sent: t.resident.worrySent }}
          gemeenteName={ctx.gemeente.name}
          statusHref={`/g/${ctx.gemeente.slug}/zorgen/stand`}
          wijken={wijken}
        />
        <aside aria-labelledby="tips" className="rounded border border-line bg-white p-4">
          <h2 id="tips" className="text-xl font-bold">
            {T.tipsHeading}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            <li>{T.tipNotSure}</li>
            <li>{T.tipNoConsent}</li>
            <li>{T.tipAnonymous}</li>
            <li>{T.tipOnlyNeeded}</li>
            <li>
              {T.tipStatus}{" "}
              <Link className="underline" href={`/g/${ctx.gemeente.slug}/zorgen/stand`}>
                {T.tipStatusLink}
              </Link>
              .
            </li>
          </ul>
        </aside>
      </div>
    </PublicPage>
  );
}

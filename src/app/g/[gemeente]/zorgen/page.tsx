import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { submitPublicSignalAction } from "@/modules/signals/actions";
import { IntakeForm } from "@/modules/signals/components/intake-form";
import { formToken } from "@/modules/signals/server/public-intake";
import { listWijken } from "@/modules/gemeenten/server/wijken";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  return { title: `Zorgen doorgeven over iemand in ${ctx.gemeente.name}` };
}

/** Public intake (no login). Guidance from the entrepreneurs' FAQ beside the form. */
export default async function PublicSignalPage({ params }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const action = submitPublicSignalAction.bind(null, ctx.gemeente.slug);
  const wijken = await listWijken(ctx);
  return (
    <PublicPage>
      <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
      <h1 className="mt-1 text-3xl font-bold">Zorgen doorgeven over iemand</h1>
      {/* Before the form, so that on a phone it is seen first. */}
      <p className="mt-4 rounded border-2 border-danger bg-white p-3 text-lg font-semibold" data-testid="gevaar">
        Is er direct gevaar? Bel dan <a className="underline" href="tel:112">112</a>.
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <IntakeForm action={action} token={formToken()} mode="public" statusHref={`/g/${ctx.gemeente.slug}/zorgen/stand`} wijken={wijken} />
        <aside aria-labelledby="tips" className="rounded border border-line bg-white p-4">
          <h2 id="tips" className="text-xl font-bold">Goed om te weten</h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            <li>U hoeft niet zeker te weten dat iemand eenzaam is. Een zorg is genoeg.</li>
            <li>U hoeft de persoon niet om toestemming te vragen.</li>
            <li>We vertellen de persoon niet wie de zorg heeft doorgegeven.</li>
            <li>Geef alleen door wat nodig is: wat u zag of hoorde.</li>
            <li>Al een zorg doorgegeven? <Link className="underline" href={`/g/${ctx.gemeente.slug}/zorgen/stand`}>Bekijk de stand met uw code</Link>.</li>
          </ul>
        </aside>
      </div>
    </PublicPage>
  );
}

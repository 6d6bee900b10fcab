import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import {
  runRetentionAction,
  setCategoriesAction,
  setMailPreferenceAction,
  setWijkenAction,
  updateSignalSettingsAction,
} from "@/modules/signals/actions";
import { listWijken } from "@/modules/gemeenten/server/wijken";
import {
  CategoriesForm,
  MailPreferenceForm,
  RetentionRunForm,
  SignalSettingsForm,
  WijkenForm,
} from "@/modules/signals/components/settings-forms";
import { signalCategories } from "@/modules/signals/server/common";
import { STATUS_LABELS } from "@/modules/signals/labels";
import { DEADLINE_STEPS, getMailPreference, getSignalSettings, previewRetention } from "@/modules/signals/server/settings";

export const metadata: Metadata = { title: "Instellingen signalen" };

type Props = { params: Promise<{ gemeente: string }> };

/**
 * Signaalpunt settings. Everyone who works signals: their own mail choice. The regisseur also: how
 * long personal data is kept, the deadlines per step, and what retention would erase now (ids only).
 */
export default async function SignalSettingsPage({ params }: Props) {
  const { gemeente } = await params;
  const page = await pageContext(gemeente, "Instellingen signalen", "signals:work");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const slug = ctx.gemeente.slug;
  const mail = ctx.userId ? await getMailPreference(ctx) : null;
  const regisseur = can(ctx.role, "signals:assess");
  const [settings, preview, wijken, categories] = regisseur
    ? await Promise.all([getSignalSettings(ctx), previewRetention(ctx), listWijken(ctx), signalCategories(ctx)])
    : [null, null, [], []];
  return (
    <>
      <p>
        <Link className="underline" href={`/app/${slug}/signalen`}>
          Terug naar de signalen
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Instellingen signalen</h1>
      {mail && (
        <section aria-labelledby="mijn-mail" className="mt-6 max-w-2xl">
          <h2 id="mijn-mail" className="text-2xl font-bold">
            Mijn e-mail
          </h2>
          <p className="mt-1">{mail.chosen ? "Je hebt zelf gekozen." : "Je hebt nog niets gekozen: nu geldt de keuze van de gemeente."}</p>
          <div className="mt-3">
            <MailPreferenceForm action={setMailPreferenceAction.bind(null, slug)} mode={mail.mode} />
          </div>
        </section>
      )}
      {settings && preview && (
        <>
          <section aria-labelledby="gemeente-instellingen" className="mt-10 max-w-2xl">
            <h2 id="gemeente-instellingen" className="text-2xl font-bold">
              Voor de hele gemeente
            </h2>
            <div className="mt-3">
              <SignalSettingsForm
                action={updateSignalSettingsAction.bind(null, slug)}
                values={settings}
                steps={DEADLINE_STEPS.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
              />
            </div>
          </section>
          <section aria-labelledby="wijken-kop" className="mt-10 max-w-2xl">
            <h2 id="wijken-kop" className="text-2xl font-bold">
              Wijken
            </h2>
            <div className="mt-3">
              <WijkenForm action={setWijkenAction.bind(null, slug)} wijken={wijken} />
            </div>
          </section>
          <section aria-labelledby="hulpvragen-kop" className="mt-10 max-w-2xl">
            <h2 id="hulpvragen-kop" className="text-2xl font-bold">
              Hulpvragen
            </h2>
            <div className="mt-3">
              <CategoriesForm action={setCategoriesAction.bind(null, slug)} categories={categories.map((c) => c.label)} />
            </div>
          </section>
          <section aria-labelledby="wissen" className="mt-10 max-w-2xl">
            <h2 id="wissen" className="text-2xl font-bold">
              Wat zou nu gewist worden?
            </h2>
            <p className="mt-1">
              Elke nacht worden de persoonsgegevens gewist van signalen die langer dan de bewaartermijn dicht zijn. Dit zou er nu gewist
              worden:
            </p>
            <ul className="mt-2 list-disc pl-5" data-testid="retention-preview">
              <li>Afgesloten signalen: {preview.closed}</li>
              <li>Geannuleerde signalen: {preview.cancelled}</li>
              <li>Open signalen waar lang niemand iets mee deed (aangekondigd): {preview.stale}</li>
            </ul>
            {preview.ids.length > 0 && (
              <>
                <details className="mt-2">
                  <summary className="cursor-pointer underline">Nummers van deze signalen ({preview.ids.length})</summary>
                  <ul className="mt-1 font-mono text-sm">
                    {preview.ids.map((id) => (
                      <li key={id}>{id}</li>
                    ))}
                  </ul>
                </details>
                <RetentionRunForm action={runRetentionAction.bind(null, slug)} count={preview.ids.length} />
              </>
            )}
            <p className="mt-3 text-sm">Elke keer dat gegevens worden gewist, wordt dat vastgelegd. Alleen nummers, geen namen.</p>
          </section>
          <p className="mt-8">
            <Link className="underline" href={`/app/${slug}/signalen/bewoner`}>
              Rechten van de bewoner: een kopie van de gegevens, beperken of wissen
            </Link>
          </p>
        </>
      )}
    </>
  );
}

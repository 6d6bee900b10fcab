import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
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
import { DEADLINE_STEPS, getMailPreference, getSignalSettings, previewRetention } from "@/modules/signals/server/settings";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.signalsPages.settings.title };
}

type Props = { params: Promise<{ gemeente: string }> };

/**
 * Signaalpunt settings. Everyone who works signals: their own mail choice. The regisseur also: how
 * long personal data is kept, the deadlines per step, and what retention would erase now (ids only).
 */
export default async function SignalSettingsPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const tx = t.signalsPages.settings;
  const forms = t.signalsPages.settingsForms;
  const page = await pageContext(gemeente, tx.title, "signals:work");
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
          {tx.back}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{tx.title}</h1>
      {mail && (
        <section aria-labelledby="mijn-mail" className="mt-6 max-w-2xl">
          <h2 id="mijn-mail" className="text-2xl font-bold">
            {tx.myMail}
          </h2>
          <p className="mt-1">{mail.chosen ? tx.mailChosen : tx.mailNotChosen}</p>
          <div className="mt-3">
            <MailPreferenceForm action={setMailPreferenceAction.bind(null, slug)} mode={mail.mode} texts={forms.mail} />
          </div>
        </section>
      )}
      {settings && preview && (
        <>
          <section aria-labelledby="gemeente-instellingen" className="mt-10 max-w-2xl">
            <h2 id="gemeente-instellingen" className="text-2xl font-bold">
              {tx.wholeGemeente}
            </h2>
            <div className="mt-3">
              <SignalSettingsForm
                action={updateSignalSettingsAction.bind(null, slug)}
                values={settings}
                texts={forms.gemeente}
                steps={DEADLINE_STEPS.map((s) => ({ value: s, label: t.labels.signalStatus[s] }))}
              />
            </div>
          </section>
          <section aria-labelledby="wijken-kop" className="mt-10 max-w-2xl">
            <h2 id="wijken-kop" className="text-2xl font-bold">
              {tx.wijken}
            </h2>
            <div className="mt-3">
              <WijkenForm action={setWijkenAction.bind(null, slug)} wijken={wijken} texts={forms.wijken} />
            </div>
          </section>
          <section aria-labelledby="hulpvragen-kop" className="mt-10 max-w-2xl">
            <h2 id="hulpvragen-kop" className="text-2xl font-bold">
              {tx.categories}
            </h2>
            <div className="mt-3">
              <CategoriesForm
                action={setCategoriesAction.bind(null, slug)}
                categories={categories.map((c) => c.label)}
                texts={forms.categories}
              />
            </div>
          </section>
          <section aria-labelledby="wissen" className="mt-10 max-w-2xl">
            <h2 id="wissen" className="text-2xl font-bold">
              {tx.retentionTitle}
            </h2>
            <p className="mt-1">{tx.retentionIntro}</p>
            <ul className="mt-2 list-disc pl-5" data-testid="retention-preview">
              <li>{tx.closedCount(preview.closed)}</li>
              <li>{tx.cancelledCount(preview.cancelled)}</li>
              <li>{tx.staleCount(preview.stale)}</li>
            </ul>
            {preview.ids.length > 0 && (
              <>
                <details className="mt-2">
                  <summary className="cursor-pointer underline">{tx.ids(preview.ids.length)}</summary>
                  <ul className="mt-1 font-mono text-sm">
                    {preview.ids.map((id) => (
                      <li key={id}>{id}</li>
                    ))}
                  </ul>
                </details>
                <RetentionRunForm action={runRetentionAction.bind(null, slug)} count={preview.ids.length} texts={forms.retentionRun} />
              </>
            )}
            <p className="mt-3 text-sm">{tx.retentionLogged}</p>
          </section>
          <p className="mt-8">
            <Link className="underline" href={`/app/${slug}/signalen/bewoner`}>
              {tx.residentRights}
            </Link>
          </p>
        </>
      )}
    </>
  );
}

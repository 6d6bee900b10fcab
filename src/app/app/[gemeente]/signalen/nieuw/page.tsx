import type { Metadata } from "next";
import { pageContext, Refusal } from "@/components/shell/page-context";
import { ERROR_MESSAGES } from "@/lib/result";
import { getT } from "@/i18n/server";
import { phoneIntakeAction } from "@/modules/signals/actions";
import { IntakeForm } from "@/modules/signals/components/intake-form";
import { mayFileWithSource } from "@/lib/auth/permissions";
import { listWijken } from "@/modules/gemeenten/server/wijken";
import { signalCategories } from "@/modules/signals/server/common";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.signalsPages.phoneIntake.title };
}

type Props = { params: Promise<{ gemeente: string }> };

/** Phone intake by the loket, entered on behalf of the caller. */
export default async function PhoneIntakePage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const tx = t.signalsPages.phoneIntake;
  const page = await pageContext(gemeente, tx.title, "signals:create");
  if (!page.ctx) return page.refusal;
  // Others pass on a worry with their own form; the phone intake follows createSignal's rule.
  if (!mayFileWithSource(page.ctx.role, "LOKET_TELEFOON")) return <Refusal title={tx.title} message={ERROR_MESSAGES.FORBIDDEN} />;
  return (
    <>
      <h1 className="text-3xl font-bold">{tx.heading}</h1>
      <p className="mt-2 max-w-3xl text-lg">{tx.intro}</p>
      <div className="mt-6 max-w-2xl">
        <IntakeForm
          action={phoneIntakeAction.bind(null, gemeente)}
          mode="phone"
          texts={{ form: t.staff.phoneIntake, sent: t.staff.phoneIntakeSent }}
          gemeenteName={page.ctx.gemeente.name}
          wijken={await listWijken(page.ctx)}
          themes={{
            categories: await signalCategories(page.ctx),
            riskGroups: Object.entries(t.labels.targetGroup),
            texts: tx.themes,
          }}
        />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { answerFeedbackAction } from "@/modules/signals/actions";
import { FeedbackForm } from "@/modules/signals/components/feedback-form";
import { FEEDBACK_USED, feedbackLinkValid, REMARK_MAX } from "@/modules/signals/server/feedback";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ t?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.feedback.metaTitle(ctx.gemeente.name), referrer: "no-referrer", robots: { index: false } };
}

/** Public, no login: the reporter's one question through the single-use link from the mail. Opening it uses nothing up; answering does. */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const token = typeof (await searchParams).t === "string" ? (await searchParams).t! : "";
  const valid = await feedbackLinkValid(ctx.gemeente.slug, token);
  const { t } = await getT();
  const T = t.publicPages.feedback;
  return (
    <PublicPage>
      <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
      <h1 className="mt-1 text-3xl font-bold">{T.title}</h1>
      <p className="mt-2 max-w-2xl">{T.intro(ctx.gemeente.name)}</p>
      <div className="mt-6">
        {valid ? (
          <FeedbackForm action={answerFeedbackAction.bind(null, ctx.gemeente.slug)} token={token} remarkMax={REMARK_MAX} texts={T.form} />
        ) : (
          <p role="status">{FEEDBACK_USED}</p>
        )}
      </div>
    </PublicPage>
  );
}

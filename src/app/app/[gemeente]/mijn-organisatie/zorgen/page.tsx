import type { Metadata } from "next";
import { getT } from "@/i18n/server";
import { WorryPage } from "@/modules/selfservice/components/worry-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.selfServicePages.worries.title };
}

type Props = { params: Promise<{ gemeente: string }> };

/** The same page under the entrepreneur's own organisation (older links and bookmarks). */
export default async function ZorgenPage({ params }: Props) {
  const { gemeente } = await params;
  return <WorryPage gemeente={gemeente} />;
}

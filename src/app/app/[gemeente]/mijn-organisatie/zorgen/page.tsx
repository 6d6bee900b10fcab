import type { Metadata } from "next";
import { WorryPage } from "@/modules/selfservice/components/worry-page";

export const metadata: Metadata = { title: "Zorgen doorgeven" };

type Props = { params: Promise<{ gemeente: string }> };

/** The same page under the entrepreneur's own organisation (older links and bookmarks). */
export default async function ZorgenPage({ params }: Props) {
  const { gemeente } = await params;
  return <WorryPage gemeente={gemeente} />;
}

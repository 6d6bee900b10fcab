import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.errors.notFoundTitle };
}

export default async function NotFound() {
  const { t } = await getT();
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{t.errors.notFoundText}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-strong">
          {t.common.backHome}
        </Link>
      </p>
    </PublicPage>
  );
}

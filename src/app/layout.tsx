import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { getT } from "@/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return {
    title: { default: t.meta.title, template: `%s · ${t.meta.title}` },
    description: t.meta.description,
  };
}

/**
 * The root layout: language, font and the skip link. Every page puts its content in
 * <main id="inhoud" tabIndex={-1}> (see src/components/page-shell.tsx), the skip link's target.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { t, locale } = await getT();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col bg-white text-ink antialiased">
        <a href="#inhoud" className="skip-link">
          {t.common.skipLink}
        </a>
        {children}
      </body>
    </html>
  );
}

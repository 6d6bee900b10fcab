import { SiteFooter, SiteHeader } from "./site-header";

/** The main landmark every page uses: the skip link's target. */
export function Main({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <main id="inhoud" tabIndex={-1} className={`mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none ${className}`}>
      {children}
    </main>
  );
}

/** A public page: header (with login link and language switch), main, footer. */
export async function PublicPage({
  children,
  showLogin = true,
  signedIn = false,
}: {
  children: React.ReactNode;
  showLogin?: boolean;
  signedIn?: boolean;
}) {
  return (
    <>
      <SiteHeader showLogin={showLogin} signedIn={signedIn} />
      <Main>{children}</Main>
      <SiteFooter />
    </>
  );
}

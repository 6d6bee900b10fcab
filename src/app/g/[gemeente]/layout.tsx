import { GemeenteLogo, GemeenteTheme } from "@/components/gemeente-theme";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { logoInfoBySlug } from "@/modules/gemeenten/server/logo";

type Props = { children: React.ReactNode; params: Promise<{ gemeente: string }> };

/** The public pages of a gemeente: in the gemeente's own house style, with its logo when it has one. */
export default async function PublicGemeenteLayout({ children, params }: Props) {
  const { gemeente } = await params;
  const [tenant, logo] = await Promise.all([publicTenantOrNotFound(gemeente), logoInfoBySlug(gemeente)]);
  return (
    <>
      <GemeenteTheme slug={gemeente} />
      {logo ? (
        <div className="border-b border-line bg-white print:hidden">
          <div className="mx-auto max-w-5xl px-4 py-2">
            <GemeenteLogo slug={tenant.gemeente.slug} name={tenant.gemeente.name} logo={logo} />
          </div>
        </div>
      ) : null}
      {children}
    </>
  );
}

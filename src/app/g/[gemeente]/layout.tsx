import { GemeenteTheme } from "@/components/gemeente-theme";

type Props = { children: React.ReactNode; params: Promise<{ gemeente: string }> };

/** The public pages of a gemeente: in the gemeente's own house style. */
export default async function PublicGemeenteLayout({ children, params }: Props) {
  const { gemeente } = await params;
  return (
    <>
      <GemeenteTheme slug={gemeente} />
      {children}
    </>
  );
}

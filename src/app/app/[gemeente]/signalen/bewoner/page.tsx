import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { residentRightsAction } from "@/modules/signals/actions";
import { ResidentRights } from "@/modules/signals/components/resident-rights";

export const metadata: Metadata = { title: "Rechten van de bewoner" };

type Props = { params: Promise<{ gemeente: string }> };

/** Rights of the resident: inzage (export), beperken, wissen. Regisseur only; everything audited. */
export default async function ResidentRightsPage({ params }: Props) {
  const { gemeente } = await params;
  const page = await pageContext(gemeente, "Rechten van de bewoner", "signals:assess");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  return (
    <>
      <p>
        <Link className="underline" href={`/app/${ctx.gemeente.slug}/signalen`}>
          Terug naar de signalen
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Rechten van de bewoner</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Vraagt een bewoner wat we over hem of haar hebben opgeslagen? Of wil iemand dat we de gegevens beperken of wissen? Zoek de bewoner
        op, bekijk wat er is, en maak een kopie van de gegevens, beperk of wis. Alles wat je hier doet, wordt vastgelegd.
      </p>
      <div className="mt-6">
        <ResidentRights action={residentRightsAction.bind(null, ctx.gemeente.slug)} />
      </div>
    </>
  );
}

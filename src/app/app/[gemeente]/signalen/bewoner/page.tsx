import Link from "next/link";
import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { residentRightsAction } from "@/modules/signals/actions";
import { ResidentRights } from "@/modules/signals/components/resident-rights";

type Props = { params: Promise<{ gemeente: string }> };

/** Rights of the resident: inzage (export), beperken, wissen. Regisseur only; everything audited. */
export default async function ResidentRightsPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null;
  let ctx;
  try {
    ctx = await requireTenant(shell.actor, { slug: gemeente }, "signals:assess");
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") {
      return (<><h1 className="text-3xl font-bold">Rechten van de bewoner</h1><p className="mt-4 text-lg">{error.message}</p></>);
    }
    throw error;
  }
  return (
    <>
      <p><Link className="underline" href={`/app/${ctx.gemeente.slug}/signalen`}>Terug naar de signalen</Link></p>
      <h1 className="mt-2 text-3xl font-bold">Rechten van de bewoner</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Vraagt een bewoner wat we over hem of haar hebben opgeslagen? Of wil iemand dat we de gegevens beperken of wissen?
        Zoek de bewoner op, bekijk wat er is, en maak een export, beperk of wis. Alles wat u hier doet, wordt vastgelegd.
      </p>
      <div className="mt-6">
        <ResidentRights action={residentRightsAction.bind(null, ctx.gemeente.slug)} />
      </div>
    </>
  );
}

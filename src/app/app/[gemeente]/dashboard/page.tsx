import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { computeIndicators, INDICATOR_LABELS, PIPELINE_STEPS, STEP_LABELS } from "@/modules/plan/server/indicators";

type Props = { params: Promise<{ gemeente: string }> };
export const metadata = { title: "Dashboard" };

/** A horizontal bar per row: the bars are decorative; the numbers are in the text and the table. */
function Bars({ rows, label }: { rows: { label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="mt-4">
      <div aria-hidden="true" className="grid gap-2">
        {rows.map((r) => (
          <div key={r.label} className="grid grid-cols-[12rem_1fr] items-center gap-3">
            <span>{r.label}</span>
            <span className="flex items-center gap-2">
              <span className="block h-5 rounded bg-brand" style={{ width: `${(r.value / max) * 100}%`, minWidth: r.value ? "0.5rem" : 0 }} />
              <span className="font-semibold">{r.value}</span>
            </span>
          </div>
        ))}
      </div>
      <figcaption className="sr-only">{label}: zie de tabel hieronder.</figcaption>
    </figure>
  );
}

/** Live indicators of the local approach, with the pipeline funnel. Every chart has a table. */
export default async function DashboardPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null;
  let ctx;
  try {
    ctx = await requireTenant(shell.actor, { slug: gemeente }, "dashboard:read");
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return (<><h1 className="text-3xl font-bold">Dashboard</h1><p className="mt-4 text-lg">{error.message}</p></>);
    throw error;
  }
  const ind = await computeIndicators(ctx);
  const keys = Object.keys(INDICATOR_LABELS) as (keyof typeof INDICATOR_LABELS)[];
  const funnel = PIPELINE_STEPS.map((s) => ({ label: STEP_LABELS[s], value: ind.pipeline[s] }));

  return (
    <>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-2 max-w-3xl text-lg">De cijfers van de aanpak in {ctx.gemeente.name}. Ze worden steeds opnieuw uitgerekend uit wat in Samenkracht staat.</p>
      <p className="mt-2"><a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/export`} download>Download de cijfers als CSV-bestand</a></p>

      <section aria-labelledby="kerncijfers" className="mt-8">
        <h2 id="kerncijfers" className="text-2xl font-bold">Kerncijfers</h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {keys.map((k) => (
            <div key={k} className="rounded-lg border border-line p-4" data-indicator={k}>
              <dt>{INDICATOR_LABELS[k]}</dt>
              <dd className="text-3xl font-bold">{ind[k]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="trechter" className="mt-10">
        <h2 id="trechter" className="text-2xl font-bold">Ondernemers per stap</h2>
        <Bars rows={funnel} label="Ondernemers per stap van het stappenplan" />
        <table className="mt-4 border-collapse text-left">
          <caption className="text-left font-semibold">Tabel: ondernemers per stap (gestopte ondernemers tellen niet mee)</caption>
          <thead><tr className="border-b border-line"><th scope="col" className="py-2 pr-6">Stap</th><th scope="col" className="py-2 pr-6 text-right">Aantal</th></tr></thead>
          <tbody>
            {funnel.map((r) => (
              <tr key={r.label} className="border-b border-line"><th scope="row" className="py-2 pr-6 font-normal">{r.label}</th><td className="py-2 pr-6 text-right">{r.value}</td></tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="ontbreekt" className="mt-10">
        <h2 id="ontbreekt" className="text-2xl font-bold">Nog niet in dit overzicht</h2>
        <p className="mt-2 max-w-3xl">Signalen (ontvangen, opgevolgd, tijd tot oppakken) komen hier zodra de signalenmodule haar cijfers deelt.</p>
      </section>
    </>
  );
}

import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { phoneIntakeAction } from "@/modules/signals/actions";
import { IntakeForm } from "@/modules/signals/components/intake-form";

type Props = { params: Promise<{ gemeente: string }> };

/** Phone intake by the loket, entered on behalf of the caller. */
export default async function PhoneIntakePage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null;
  try {
    const ctx = await requireTenant(shell.actor, { slug: gemeente }, "signals:create");
    if (ctx.role !== "LOKET" && ctx.role !== "REGISSEUR") throw new AppError("FORBIDDEN");
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") {
      return (<><h1 className="text-3xl font-bold">Telefonische melding</h1><p className="mt-4 text-lg">{error.message}</p></>);
    }
    throw error;
  }
  return (
    <>
      <h1 className="text-3xl font-bold">Telefonische melding invoeren</h1>
      <p className="mt-2 max-w-3xl text-lg">Vul in wat de beller vertelt. Vraag alleen wat nodig is.</p>
      <div className="mt-6 max-w-2xl"><IntakeForm action={phoneIntakeAction.bind(null, gemeente)} mode="phone" /></div>
    </>
  );
}

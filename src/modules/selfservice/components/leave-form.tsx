/**
 * Pause or stop in this gemeente: a plain server-rendered form with two buttons, so it works without
 * JavaScript and adds nothing to the page's first-load JavaScript. What happened is read from the
 * stored relation (a self-chosen pause or a stop), in a status region that is always there, so the
 * change is announced when the page updates in place.
 */
import { PAUSE_REASON } from "@/modules/engagement";
import type { Messages } from "@/i18n/messages";

type Props = {
  action: (fd: FormData) => Promise<unknown>;
  /** The relation is stopped or paused: no buttons, the result instead. */
  stopped: boolean;
  stoppedReason: string | null;
  /** From the catalogue (selfServicePages.leave). */
  texts: Messages["selfServicePages"]["leave"];
};

export function LeaveForm({ action, stopped, stoppedReason, texts: x }: Props) {
  const done = stopped ? (stoppedReason === PAUSE_REASON ? x.paused : x.stopped) : null;
  return (
    <div className="mt-4">
      <div role="status" aria-live="polite" className="min-h-6">
        {done ? <p className="font-semibold text-brand-strong">{done}</p> : null}
      </div>
      {/* A form action's return value is not read: the page shows the stored state. */}
      {stopped ? null : (
        <form action={action as (fd: FormData) => Promise<void>} className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="kind"
            value="PAUZE"
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong"
          >
            {x.pause}
          </button>
          <button type="submit" name="kind" value="STOPPEN" className="rounded border border-danger px-4 py-2 font-semibold text-danger">
            {x.stop}
          </button>
        </form>
      )}
    </div>
  );
}

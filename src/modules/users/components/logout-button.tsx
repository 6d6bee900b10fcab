/**
 * "Uitloggen" in the headers: the client button (./logout-button-client.tsx) with its texts from the catalogue,
 * so the headers that render it need not pass them.
 */
import { getT } from "@/i18n/server";
import { LogoutButtonClient } from "./logout-button-client";

export async function LogoutButton({ className }: { className?: string }) {
  const { t } = await getT();
  return <LogoutButtonClient className={className} texts={t.accountPages.logout} />;
}

"use client";
/**
 * The forms far below the first screen of /mijn-organisatie, loaded when their section comes near
 * the screen (src/components/forms/load-when-near.ts, docs/decisions/0011): "Een activiteit
 * voorstellen" (offer module, react-hook-form + zod) and "Account verwijderen".
 */
import type { ComponentType } from "react";
import { useLoadWhenNear } from "@/components/forms/load-when-near";

type Props = { gemeenteSlug: string };

const FORMS: Record<"proposal" | "deleteAccount", () => Promise<ComponentType<Props>>> = {
  proposal: () => import("@/modules/offer/components/proposal-form").then((m) => m.ProposalForm),
  deleteAccount: () => import("./delete-account-form").then((m) => m.DeleteAccountForm),
};

export function FormOnDemand({ form, gemeenteSlug }: Props & { form: keyof typeof FORMS }) {
  const { ref, Component, failed } = useLoadWhenNear(FORMS[form]);
  return (
    <div ref={ref}>
      {Component ? (
        <Component gemeenteSlug={gemeenteSlug} />
      ) : failed ? (
        <p role="alert" className="mt-4 font-semibold text-danger">Het formulier kon niet laden. Laad de pagina opnieuw.</p>
      ) : (
        <p className="mt-4 text-muted">Het formulier wordt geladen…</p>
      )}
    </div>
  );
}

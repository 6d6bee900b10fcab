"use client";
import { common } from "@/i18n/nl-common";
import { errors } from "@/i18n/nl-errors";

/**
 * What a person sees after an unexpected error: Dutch, no technical details. The digest is a
 * reference that matches the server log line, never the error's message or stack.
 */
export function ErrorView({ digest, onRetry }: { digest?: string; onRetry?: () => void }) {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-12 focus:outline-none">
      <h1 className="text-3xl font-bold">{errors.errorTitle}</h1>
      <p className="mt-4 text-lg">{errors.errorText}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{errors.reference(digest)}</p> : null}
      <div className="mt-6 flex flex-wrap gap-4">
        {onRetry ? (
          <button type="button" onClick={onRetry} className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
            {errors.retry}
          </button>
        ) : null}
        {/* A full page load on purpose: the app may be in a broken state. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="self-center font-semibold text-brand-strong">
          {common.backHome}
        </a>
      </div>
    </main>
  );
}

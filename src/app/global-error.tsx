"use client";
import { ErrorView } from "@/components/error-view";
import "./globals.css";

/** Replaces the root layout when that fails: its own <html> and <body>. */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col bg-white text-ink">
        <ErrorView digest={error.digest} onRetry={retry} />
      </body>
    </html>
  );
}

"use client";
import { ErrorView } from "@/components/error-view";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorView digest={error.digest} onRetry={retry} />;
}

import { getT } from "@/i18n/server";
import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { ClaimReview } from "@/modules/selfservice/components/claim-review";
import { listClaims } from "@/modules/selfservice/server/self-service";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.engagementPages.requests.metaTitle };
}

type Props = { params: Promise<{ gemeente: string }> };

/** Open claims of entrepreneurs on organisations the gemeente already knows (owned by selfservice). */
export default async function AanvragenPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null;
  let claims;
  let slug;
  try {
    const ctx = await requireTenant(shell.actor, { resolved: shell.ctx.gemeente }, "engagement:manage");
    slug = ctx.gemeente.slug;
    claims = await listClaims(ctx);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return <p className="text-lg">{error.message}</p>;
    throw error;
  }
  const { t } = await getT();
  const texts = t.engagementPages.requests;
  return (
    <>
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{texts.intro}</p>
      <ClaimReview
        gemeenteSlug={slug}
        claims={claims.map((c) => ({
          id: c.id,
          createdAt: c.createdAt.toISOString(),
          email: c.user.email,
          name: c.user.name,
          vestiging: c.vestiging.name,
          organisation: c.vestiging.organisation.name,
          website: c.vestiging.organisation.website,
        }))}
      />
    </>
  );
}

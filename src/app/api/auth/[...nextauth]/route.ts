import NextAuth from "next-auth";
import { authOptionsWithGemeenteProviders } from "@/server/next-auth";

// next-auth's own endpoints: csrf, signin/{credentials,email,oidc-<gemeente>}, callback/*, session, signout.
// The options are built per request: a gemeente's OpenID Connect provider counts as soon as the
// platform admin saves it (docs/decisions/0016).
type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: RouteContext) {
  return NextAuth(req as never, ctx as never, await authOptionsWithGemeenteProviders());
}

export { handler as GET, handler as POST };

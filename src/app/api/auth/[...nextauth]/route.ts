import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";

// next-auth's own endpoints: csrf, signin/{credentials,email}, callback/*, session, signout.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };

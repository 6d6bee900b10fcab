/**
 * Contract: getActor() returns who makes the current request (session cookie → Actor).
 * PROVISIONAL: replaced by the next-auth implementation (src/lib/auth/next-auth.ts).
 */
import "server-only";
import { ANONYMOUS, type Actor } from "./context";

export async function getActor(): Promise<Actor> {
  return ANONYMOUS;
}

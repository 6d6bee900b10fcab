/**
 * Engagement demo data (matrix scores, contacts, contributions) for the seeded vestigingen.
 * Owned by the engagement engineer, who fills this function; seedDemo calls it last.
 */
import type { OwnerClient } from "../../src/lib/db/owner-client";

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function seedEngagement(db: OwnerClient, gemeenten: { samenstadId: string; secondId: string }) {}

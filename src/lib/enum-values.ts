/**
 * The values of a generated Prisma enum, in schema order, as a non-empty tuple (for `z.enum` and
 * lists). The generated `@/generated/prisma/enums` module is plain objects without the Prisma
 * runtime, so client components may import it; this is how a role or status list is written once.
 */
export function enumValues<const E extends Record<string, string>>(e: E): readonly [E[keyof E], ...E[keyof E][]] {
  return Object.freeze(Object.values(e)) as unknown as readonly [E[keyof E], ...E[keyof E][]];
}

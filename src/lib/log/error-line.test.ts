import { describe, expect, it } from "vitest";
import { describeError, installLogRedaction, redactConsoleArgs } from "./error-line";

/** The shape Prisma's pg adapter throws when PostgreSQL refuses: the detail lives in the cause. */
function adapterError() {
  const e = new Error("permission denied for table Signal: jan@example.nl") as Error & { digest?: string; cause?: unknown };
  e.name = "DriverAdapterError";
  e.digest = "51740801";
  e.cause = {
    originalCode: "23505",
    code: "23505",
    message: "duplicate key value violates unique constraint, Key (email)=(jan@example.nl)",
  };
  return e;
}

describe("describeError", () => {
  it("keeps class, the cause's database code and the digest, never a message", () => {
    const line = describeError(adapterError());
    expect(line).toEqual({ error: "DriverAdapterError", code: "23505", digest: "51740801" });
    expect(JSON.stringify(line)).not.toMatch(/jan@example|permission|duplicate/);
  });
  it("prefers the error's own code (Prisma's P-codes) and ignores odd values", () => {
    expect(describeError(Object.assign(new Error("x"), { code: "P2002", digest: 42 }))).toEqual({ error: "Error", code: "P2002" });
    expect(describeError(Object.assign(new Error("x"), { code: "x".repeat(500) }))).toEqual({ error: "Error" });
    expect(describeError("a string with jan@example.nl")).toEqual({ error: "string" });
    expect(describeError(null)).toEqual({ error: "object" });
  });
});

describe("redactConsoleArgs / installLogRedaction", () => {
  it("replaces errors by their codes-only line and leaves text alone", () => {
    const out = redactConsoleArgs(["⨯", adapterError(), "Failed to prepare server"]);
    expect(out[0]).toBe("⨯");
    expect(JSON.parse(out[1] as string)).toEqual({
      level: "error",
      where: "server",
      error: "DriverAdapterError",
      code: "23505",
      digest: "51740801",
    });
    expect(out[2]).toBe("Failed to prepare server");
  });
  it("filters what reaches console.error once installed, and installs only once", () => {
    const seen: unknown[][] = [];
    const fake = { error: (...a: unknown[]) => seen.push(a) } as unknown as Console;
    installLogRedaction(fake);
    installLogRedaction(fake);
    fake.error(adapterError());
    expect(seen).toHaveLength(1);
    expect(String(seen[0][0])).toContain('"code":"23505"');
    expect(String(seen[0][0])).not.toMatch(/jan@example|permission denied/);
  });
});

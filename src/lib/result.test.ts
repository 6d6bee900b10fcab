import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, parseInput, runAction } from "./result";

describe("runAction", () => {
  it("wraps success", async () => {
    expect(await runAction(async () => 42)).toEqual({ ok: true, data: 42 });
  });

  it("passes expected errors with their Dutch message", async () => {
    const r = await runAction(async () => {
      throw new AppError("NOT_FOUND");
    });
    expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    if (!r.ok) expect(r.message).toMatch(/bestaat niet/);
  });

  it("hides unexpected errors and logs no message text", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await runAction(async () => {
      throw new Error("Jan Jansen, Dorpsstraat 1 is eenzaam");
    });
    expect(r).toMatchObject({ ok: false, code: "INTERNAL" });
    if (!r.ok) expect(r.message).not.toMatch(/Jansen/);
    const logged = spy.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(logged).not.toMatch(/Jansen|Dorpsstraat/);
    spy.mockRestore();
  });

  it("maps validation errors to field errors", async () => {
    const schema = z.object({ name: z.string().min(2, { error: "Vul een naam in van minstens 2 tekens." }) });
    const r = await runAction(async () => parseInput(schema, { name: "" }));
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["Vul een naam in van minstens 2 tekens."] } });
  });
});

describe("zod's default messages", () => {
  it("are Dutch once result.ts is loaded (only the Dutch locale is imported)", () => {
    const r = z.object({ n: z.string() }).safeParse({ n: 1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/^Ongeldige invoer/);
  });
});

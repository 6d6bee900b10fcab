import { describe, expect, it, vi } from "vitest";
import { ZPasswordLogin } from "@/modules/users/schemas";
import { ZProfile } from "@/modules/selfservice/schemas";
import { fieldErrorsFromIssues, lazyOnce, readValue, readValues, type SafeParser } from "./lazy-schema-form";

/** A stand-in for HTMLFormElement: only `elements` is read. */
type Control = { name: string; value: string; checked?: boolean };
const form = (...controls: Control[]) => ({ elements: controls }) as unknown as HTMLFormElement;

describe("readValue / readValues (what react-hook-form's register produced)", () => {
  it("reads text as typed, optional empty as undefined, numbers (empty = NaN), boxes and groups", () => {
    const f = form(
      { name: "name", value: "" },
      { name: "to", value: "" },
      { name: "date", value: "2026-11-23" },
      { name: "weeks", value: "6" },
      { name: "empty", value: "" },
      { name: "ack", value: "on", checked: true },
      { name: "motives", value: "PERSOONLIJK", checked: true },
      { name: "motives", value: "MAATSCHAPPELIJK", checked: false },
      { name: "motives", value: "COMMERCIEEL", checked: true },
      { name: "none", value: "A", checked: false },
    );
    expect(readValue(f, "name", "text")).toBe("");
    expect(readValue(f, "to", "optional")).toBeUndefined();
    expect(readValue(f, "date", "optional")).toBe("2026-11-23");
    expect(readValue(f, "weeks", "number")).toBe(6);
    expect(readValue(f, "empty", "number")).toBeNaN();
    expect(readValue(f, "ack", "checkbox")).toBe(true);
    expect(readValue(f, "missing", "checkbox")).toBe(false);
    expect(readValue(f, "motives", "checkboxes")).toEqual(["PERSOONLIJK", "COMMERCIEEL"]);
    expect(readValue(f, "none", "checkboxes")).toEqual([]);
    expect(readValues(f, { name: "text", to: "optional" })).toEqual({ name: "", to: undefined });
  });
});

describe("fieldErrorsFromIssues", () => {
  it("keeps the first message per top-level field and ignores form-level issues", () => {
    expect(
      fieldErrorsFromIssues([
        { path: ["email"], message: "eerste" },
        { path: ["email"], message: "tweede" },
        { path: ["motives", 1], message: "in de lijst" },
        { path: [], message: "formulier" },
      ]),
    ).toEqual({ email: "eerste", motives: "in de lijst" });
  });

  it("gives the server schema's own Dutch messages for the login form", () => {
    const parsed = (ZPasswordLogin as SafeParser).safeParse(
      readValues(form({ name: "email", value: "" }, { name: "password", value: "" }, { name: "code", value: "12" }), {
        email: "text",
        password: "text",
        code: "text",
      }),
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldErrorsFromIssues(parsed.error.issues)).toEqual({
      email: "Vul je e-mailadres in.",
      password: "Vul je wachtwoord in.",
      code: "De code bestaat uit 6 cijfers.",
    });
  });

  it("parses the profile form's DOM values to what the server accepts", () => {
    const values = readValues(
      form(
        { name: "sector", value: "bakker" },
        { name: "address", value: "" },
        { name: "publicDescription", value: "" },
        { name: "openingHours", value: "" },
        { name: "motives", value: "PERSOONLIJK", checked: true },
        { name: "contactName", value: "Omar" },
        { name: "contactEmail", value: "omar@example.nl" },
        { name: "contactPhone", value: "" },
      ),
      {
        sector: "text",
        address: "text",
        publicDescription: "text",
        openingHours: "text",
        contributions: "checkboxes",
        motives: "checkboxes",
        fiveMs: "checkboxes",
        contactName: "text",
        contactEmail: "text",
        contactPhone: "text",
      },
    );
    const parsed = ZProfile.safeParse(values);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ sector: "bakker", motives: ["PERSOONLIJK"], contributions: [], fiveMs: [], address: undefined });
  });
});

describe("lazyOnce", () => {
  it("loads once, shares the promise, and tries again after a failure", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue("schema");
    const get = lazyOnce(load);
    await expect(get()).rejects.toThrow("offline");
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b]).toEqual(["schema", "schema"]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

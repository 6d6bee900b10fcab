import { describe, expect, it } from "vitest";
import { ZChangeRole, ZEmailLogin, ZPasswordLogin } from "./schemas";
import { loginErrorMessage } from "./login-messages";

describe("login schemas", () => {
  it("normalises the e-mail address and accepts an empty code", () => {
    expect(ZPasswordLogin.parse({ email: "  Rita@Gemeente.NL ", password: "x", code: "" })).toEqual({
      email: "rita@gemeente.nl",
      password: "x",
      code: "",
    });
    expect(ZEmailLogin.parse({ email: "a@b.nl" })).toEqual({ email: "a@b.nl" });
  });
  it("gives Dutch messages for bad input", () => {
    const r = ZPasswordLogin.safeParse({ email: "geen-adres", password: "", code: "12" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.",
        "Vul je wachtwoord in.",
        "De code bestaat uit 6 cijfers.",
      ]),
    );
  });
  it("accepts only known roles", () => {
    expect(ZChangeRole.safeParse({ userId: "6f1c1c4e-1b1a-4f7e-9a43-2a0b8f1f2d11", role: "LOKET" }).success).toBe(true);
    expect(ZChangeRole.safeParse({ userId: "6f1c1c4e-1b1a-4f7e-9a43-2a0b8f1f2d11", role: "PLATFORM_ADMIN" }).success).toBe(false);
  });
});

describe("login messages and return paths", () => {
  it("maps codes to Dutch text, unknown codes to a default, nothing to null", () => {
    expect(loginErrorMessage("RATE_LIMITED")).toContain("Wacht 15 minuten");
    expect(loginErrorMessage("SomethingElse")).toBe("Inloggen is niet gelukt. Probeer het opnieuw.");
    expect(loginErrorMessage(undefined)).toBeNull();
  });
});

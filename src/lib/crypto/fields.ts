/**
 * Field encryption at rest (AES-256-GCM, node:crypto) for the resident's personal fields.
 * Ciphertext format: "v1:<keyId>:<iv b64>:<tag b64>:<data b64>". The AAD binds the ciphertext to
 * gemeente + row + field name, so a value copied to another row, field or tenant does not decrypt.
 * Keys: env SIGNAL_KEYS = JSON {"k1":"<base64 32 bytes>"} and SIGNAL_ACTIVE_KEY = "k1". Outside
 * production a fixed development key is used when none is configured; production refuses to run.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export type FieldBinding = { gemeenteId: string; rowId: string; field: string };
type Keyring = { active: string; keys: Map<string, Buffer> };

// Development/test key ONLY (never used when NODE_ENV === "production").
const DEV_KEY_ID = "dev1";
const DEV_KEY = Buffer.from("c2FtZW5rcmFjaHQtZGV2LWtleS1ub3QtZm9yLXByb2Q=", "base64");

export class CryptoConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CryptoConfigError";
  }
}

export function loadKeyring(env: Record<string, string | undefined> = process.env): Keyring {
  const raw = env.SIGNAL_KEYS;
  if (!raw) {
    if (env.NODE_ENV === "production") throw new CryptoConfigError("SIGNAL_KEYS is required in production");
    return { active: DEV_KEY_ID, keys: new Map([[DEV_KEY_ID, DEV_KEY]]) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new CryptoConfigError("SIGNAL_KEYS is not valid JSON");
  }
  if (!parsed || typeof parsed !== "object") throw new CryptoConfigError("SIGNAL_KEYS must be an object");
  const keys = new Map<string, Buffer>();
  for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || typeof value !== "string") throw new CryptoConfigError("SIGNAL_KEYS has an invalid entry");
    const key = Buffer.from(value, "base64");
    if (key.length !== 32) throw new CryptoConfigError(`SIGNAL_KEYS key ${id} is not 32 bytes`);
    keys.set(id, key);
  }
  // Outside production the dev key stays readable so development data survives adding real keys.
  if (env.NODE_ENV !== "production" && !keys.has(DEV_KEY_ID)) keys.set(DEV_KEY_ID, DEV_KEY);
  const active = env.SIGNAL_ACTIVE_KEY ?? [...keys.keys()][0];
  if (!active || !keys.has(active)) throw new CryptoConfigError("SIGNAL_ACTIVE_KEY does not name a key in SIGNAL_KEYS");
  return { active, keys };
}

let cached: { raw: string | undefined; active: string | undefined; ring: Keyring } | undefined;
function keyring(): Keyring {
  const raw = process.env.SIGNAL_KEYS;
  const active = process.env.SIGNAL_ACTIVE_KEY;
  if (!cached || cached.raw !== raw || cached.active !== active) cached = { raw, active, ring: loadKeyring() };
  return cached.ring;
}

function aad(b: FieldBinding): Buffer {
  if (!b.gemeenteId || !b.rowId || !b.field) throw new Error("encryption binding incomplete");
  return Buffer.from(`samenkracht/signal/v1|${b.gemeenteId}|${b.rowId}|${b.field}`, "utf8");
}

export function encryptField(plain: string, binding: FieldBinding, ring: Keyring = keyring()): string {
  const key = ring.keys.get(ring.active)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(binding));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", ring.active, iv.toString("base64"), tag.toString("base64"), data.toString("base64")].join(":");
}

export class DecryptError extends Error {
  constructor() {
    super("Field could not be decrypted");
    this.name = "DecryptError";
  }
}

export function keyIdOf(ciphertext: string): string | null {
  const parts = ciphertext.split(":");
  return parts.length === 5 && parts[0] === "v1" ? parts[1]! : null;
}

export function decryptField(ciphertext: string, binding: FieldBinding, ring: Keyring = keyring()): string {
  const parts = ciphertext.split(":");
  if (parts.length !== 5 || parts[0] !== "v1") throw new DecryptError();
  const [, keyId, ivB64, tagB64, dataB64] = parts as [string, string, string, string, string];
  const key = ring.keys.get(keyId);
  if (!key) throw new DecryptError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivB64, "base64"));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(Buffer.from(tagB64, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(dataB64, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptError();
  }
}

export const encryptOptional = (v: string | null | undefined, b: FieldBinding) => (v ? encryptField(v, b) : null);
export const decryptOptional = (v: string | null | undefined, b: FieldBinding) => (v ? decryptField(v, b) : null);

/** Re-encrypt to the active key when needed; returns null when already current. */
export function reencryptIfStale(ciphertext: string, binding: FieldBinding, ring: Keyring = keyring()): string | null {
  if (keyIdOf(ciphertext) === ring.active) return null;
  return encryptField(decryptField(ciphertext, binding, ring), binding, ring);
}

export function activeKeyId(): string {
  return keyring().active;
}

/**
 * A key for the signal audit chain's HMAC, derived (HKDF-SHA256) from one key of the ring. The
 * database never holds it, so whoever can write the audit table cannot recompute a valid chain.
 * Returns null for an unknown key id.
 */
export function auditKey(keyId: string, ring: Keyring = keyring()): Buffer | null {
  const key = ring.keys.get(keyId);
  if (!key) return null;
  return Buffer.from(hkdfSync("sha256", key, Buffer.from("samenkracht/audit-chain/v1"), Buffer.from(keyId), 32));
}

/**
 * The gemeente's logo (issue 17, docs/decisions/0018): what an upload must be before it is stored.
 * Framework-free. The type is read from the bytes (image-size), never from the file name or the
 * browser's content type, so a renamed SVG or HTML file is refused. The database checks the same
 * limits again (GemeenteLogo CHECK constraints) for any other path.
 */
import { imageSize } from "image-size";

const LOGO_MAX_BYTES = 200 * 1024;
const LOGO_MIN_SIDE = 16;
const LOGO_MAX_SIDE = 2000;

const TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
type LogoContentType = (typeof TYPES)[keyof typeof TYPES];

export type LogoCheck = { ok: true; contentType: LogoContentType; width: number; height: number } | { ok: false; error: string };

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.byteLength === 0) return { ok: false, error: "Kies een bestand met het logo." };
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, error: "Het logo is te groot. Gebruik een bestand van hoogstens 200 kB." };
  let info: { type?: string; width?: number; height?: number };
  try {
    info = imageSize(bytes);
  } catch {
    return { ok: false, error: "Dit bestand is geen PNG, JPG of WebP. Een SVG nemen we niet: die kan code bevatten." };
  }
  const contentType = info.type && info.type in TYPES ? TYPES[info.type as keyof typeof TYPES] : null;
  if (!contentType) return { ok: false, error: "Dit bestand is geen PNG, JPG of WebP. Een SVG nemen we niet: die kan code bevatten." };
  const { width = 0, height = 0 } = info;
  if (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE || width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) {
    return { ok: false, error: `Het logo moet tussen ${LOGO_MIN_SIDE} en ${LOGO_MAX_SIDE} pixels breed en hoog zijn.` };
  }
  return { ok: true, contentType, width, height };
}

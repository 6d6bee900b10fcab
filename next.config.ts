import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Content-Security-Policy (per request, with a nonce) and Strict-Transport-Security (when APP_URL
  // is https, read at runtime): src/proxy.ts (docs/decisions/0010-csp-nonces.md).
];

const nextConfig: NextConfig = {
  // Separate build folders let several builds (tests, helpers) run side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["pg", "pg-boss", "smtp-server", "mailparser", "nodemailer", "pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

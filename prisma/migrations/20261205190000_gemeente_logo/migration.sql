-- Issue 17: the gemeente's logo, uploaded and served from our own origin (docs/decisions/0018).
CREATE TABLE "GemeenteLogo" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "GemeenteLogo_pkey" PRIMARY KEY ("id"),
    -- Only raster images a browser shows without running anything (never SVG), small enough for a header.
    CONSTRAINT "GemeenteLogo_type_check" CHECK ("contentType" IN ('image/png', 'image/jpeg', 'image/webp')),
    CONSTRAINT "GemeenteLogo_size_check" CHECK (octet_length("bytes") BETWEEN 1 AND 204800),
    CONSTRAINT "GemeenteLogo_dimensions_check" CHECK ("width" BETWEEN 16 AND 2000 AND "height" BETWEEN 16 AND 2000),
    CONSTRAINT "GemeenteLogo_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$')
);
-- One logo per gemeente.
CREATE UNIQUE INDEX "GemeenteLogo_gemeenteId_key" ON "GemeenteLogo"("gemeenteId");
ALTER TABLE "GemeenteLogo" ADD CONSTRAINT "GemeenteLogo_gemeenteId_fkey"
  FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written only inside the gemeente's tenant scope (the regisseur or platform admin through requireTenant) ...
ALTER TABLE "GemeenteLogo" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "GemeenteLogo" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "GemeenteLogo"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
-- ... and read by the public pages outside every scope (a logo is public). Inside gemeente A's tenant
-- scope B's row stays invisible, as every tenant row does.
CREATE POLICY public_read ON "GemeenteLogo" FOR SELECT
  USING (app_current_gemeente() IS NULL AND app_current_user() IS NULL);

-- The public pages show the logo, so a new or removed logo raises the gemeente's public version
-- (docs/decisions/0020) like any other change to what those pages show.
CREATE TRIGGER "GemeenteLogo_public_version_ins" AFTER INSERT ON "GemeenteLogo"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump();
CREATE TRIGGER "GemeenteLogo_public_version_upd" AFTER UPDATE ON "GemeenteLogo"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump();
CREATE TRIGGER "GemeenteLogo_public_version_del" AFTER DELETE ON "GemeenteLogo"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump();

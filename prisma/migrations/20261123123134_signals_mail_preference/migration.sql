-- CreateEnum
CREATE TYPE "SignalMailMode" AS ENUM ('DIRECT', 'DAGELIJKS');

-- CreateTable
CREATE TABLE "SignalMailPreference" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mode" "SignalMailMode" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignalMailPreference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignalMailPreference_gemeenteId_userId_key" ON "SignalMailPreference"("gemeenteId", "userId");

-- AddForeignKey
ALTER TABLE "SignalMailPreference" ADD CONSTRAINT "SignalMailPreference_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The member: a removed user takes their preference along.
ALTER TABLE "SignalMailPreference" ADD CONSTRAINT "SignalMailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a preference belongs to one gemeente.
ALTER TABLE "SignalMailPreference" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignalMailPreference" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SignalMailPreference"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

GRANT SELECT, INSERT, UPDATE, DELETE ON "SignalMailPreference" TO samenkracht_app;

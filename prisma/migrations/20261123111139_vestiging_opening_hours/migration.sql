-- AlterTable
ALTER TABLE "Vestiging" ADD COLUMN     "openingHours" TEXT;


/**
 * The dashboard indicators as a CSV file that Dutch Excel opens right: ";" between columns, one
 * BOM (from toCsv), CRLF, and decimals with a comma — the header row says so. Pure.
 */
import { dutchDecimal, toCsv } from "@/lib/csv/escape";

const INDICATORS_CSV_HEADER = ["Gemeente", "Indicator", "Waarde (decimaalteken: komma)", "Datum"] as const;

export function indicatorsCsv(gemeente: string, rows: readonly (readonly [string, number | string])[], date: string): string {
  return toCsv([INDICATORS_CSV_HEADER, ...rows.map(([label, value]) => [gemeente, label, dutchDecimal(value), date])]);
}

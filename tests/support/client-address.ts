/**
 * Test helper: request headers as the server wrapper (scripts/serve.ts) stamps them, so route code
 * that reads clientIp() sees `address` as the socket peer (src/lib/http/client-address.ts).
 */
import { CLIENT_ADDRESS_HEADER, clientAddressStamp } from "../../src/lib/http/client-address";

export function stampedHeaders(address: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [CLIENT_ADDRESS_HEADER]: clientAddressStamp(address) };
}

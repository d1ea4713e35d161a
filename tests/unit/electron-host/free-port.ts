import { createServer, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

/** A port nothing listens on right now (session hosting refuses port 0, so tests pick one first). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An IPv4 address (from the documentation ranges) that no interface of this machine has. */
export function foreignAddress(): string {
  const own = new Set(Object.values(networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address)));
  const candidate = ['192.0.2.123', '198.51.100.123', '203.0.113.123'].find((address) => !own.has(address));
  if (!candidate) throw new Error('every candidate foreign address is assigned here');
  return candidate;
}

import { createServer, type AddressInfo } from 'node:net';

/** A port nothing listens on right now (session hosting refuses port 0, so tests pick one first). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

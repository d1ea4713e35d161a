import { readFile, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import type { HostingInfo, LanAddress } from '../../shared/host/host-api';
import { securityHeaders } from '../../shared/security/csp';
import { parseSignalingAddress } from '../../shared/sync/signaling-address';
import { startSignalingServer, type SignalingServer } from './signaling/server';

/**
 * Hosting a LAN session and the page's policy for session servers.
 *
 * - The signaling server runs inside the host process on the interface and port the user picked
 *   (one at a time). The address must be one of this machine's own: hosting on 0.0.0.0 would
 *   expose it on every network the laptop is on, not just the meeting room's.
 * - The renderer may open WebSockets only to the addresses listed in its CSP. Those it was
 *   allowed are kept here (and in <dataDir>/session-servers.json, so that rejoining after a
 *   restart needs no reload); the policy is built per response. A page served before an address
 *   was allowed still has the old policy: `allow` says when the page must reload to use it.
 */
const MAX_ALLOWED = 8;

/** A refusal the user can act on (a busy port): the host answers it as such, not as a failure. */
export class HostingRefusal extends Error {
  override readonly name = 'HostingRefusal';
}
const FILE_NAME = 'session-servers.json';

export interface SessionHosting {
  lanAddresses(): Promise<readonly LanAddress[]>;
  start(address: string, port: number): Promise<HostingInfo>;
  stop(): Promise<void>;
  info(): Promise<HostingInfo | null>;
  allow(url: string): Promise<{ readonly reloadNeeded: boolean }>;
  /** Headers for a response; `document` marks the page itself, whose policy then applies. */
  headers(document: boolean): Readonly<Record<string, string>>;
  close(): Promise<void>;
}

export async function createSessionHosting(dataDir: string): Promise<SessionHosting> {
  const file = path.join(dataDir, FILE_NAME);
  let allowed: string[] = await readAllowed(file);
  let served = new Set<string>();
  let server: SignalingServer | null = null;
  let hosting: HostingInfo | null = null;

  const allow = async (url: string) => {
    const parsed = parseSignalingAddress(url);
    if (!parsed.ok) throw new RangeError(parsed.reason);
    if (!allowed.includes(parsed.url)) {
      allowed = [parsed.url, ...allowed].slice(0, MAX_ALLOWED);
      await writeFile(file, JSON.stringify(allowed, null, 2)).catch(() => undefined);
    }
    return { reloadNeeded: !served.has(parsed.url) };
  };

  return {
    lanAddresses: async () => networkAddresses().filter((entry) => parseSignalingAddress(`${entry.address}:1`).ok),
    async start(address, port) {
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`${port} is not a port (1–65535).`);
      if (!networkAddresses().some((entry) => entry.address === address)) {
        throw new RangeError(`${address} is not an address of this laptop; pick one of its network interfaces.`);
      }
      const inRoom = parseSignalingAddress(`${address}:${port}`);
      if (!inRoom.ok) throw new RangeError(inRoom.reason);
      if (hosting?.address === address && hosting.port === port) return hosting;
      // The new server starts before the old one stops: a busy port leaves the running session be.
      const next = await startSignalingServer({ host: address, port, log: logWarnings }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') throw new HostingRefusal(`Port ${port} on ${address} is in use: pick another port.`);
        if (error.code === 'EADDRNOTAVAIL') throw new HostingRefusal(`${address} is no longer an address of this laptop.`);
        throw error;
      });
      await server?.close();
      server = next;
      hosting = { url: server.url, address, port };
      await allow(server.url);
      return hosting;
    },
    async stop() {
      await server?.close();
      server = null;
      hosting = null;
    },
    info: async () => hosting,
    allow,
    headers(document) {
      if (document) served = new Set(allowed);
      return securityHeaders(document ? allowed : [...served]);
    },
    close: async () => {
      await server?.close();
    },
  };
}

/**
 * This machine's IPv4 addresses (lanAddresses offers those on a local network only), loopback included (a session on one laptop, tests). IPv6 is not
 * offered: the page's security policy cannot name an IPv6 literal (signaling-address.ts).
 */
function networkAddresses(): LanAddress[] {
  const list: LanAddress[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4') continue;
      list.push({ name, address: entry.address, family: 'IPv4', internal: entry.internal });
    }
  }
  return list.sort((a, b) => Number(a.internal) - Number(b.internal) || a.family.localeCompare(b.family) || a.name.localeCompare(b.name));
}

async function readAllowed(file: string): Promise<string[]> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!Array.isArray(value)) return [];
    return value.filter((url): url is string => typeof url === 'string' && parseSignalingAddress(url).ok).slice(0, MAX_ALLOWED);
  } catch {
    return [];
  }
}

function logWarnings(event: { level: string }): void {
  if (event.level === 'warn') console.error(JSON.stringify({ time: new Date().toISOString(), source: 'session-server', ...event }));
}

import type { HostApi } from '../../../../shared/host/host-api';
import { createHttpHost } from './http-host';

/**
 * The renderer's one way to reach its host. Electron's preload exposes `window.tandem`; in
 * browser mode there is none and the same HostApi is carried over HTTP to the Node host that
 * served the page. Features call getHost() and never learn which one they got.
 */
let httpHost: HostApi | null = null;

export function getHost(): HostApi {
  if (window.tandem) return window.tandem;
  httpHost ??= createHttpHost();
  return httpHost;
}

import type { HostApi } from '../../../../shared/host/host-api';
import { createHttpHost } from './http-host';

/**
 * The renderer's one way to reach its host. Electron's preload exposes `window.tandem`; in
 * browser mode there is none and the same HostApi is carried over HTTP to the Node host that
 * served the page. The shell connects once at start-up and hands the result to the runtime, so
 * features use `runtime.host` and never learn which one they got.
 */
export function connectHost(): HostApi {
  return window.tandem ?? createHttpHost();
}

import type { HostArgs, HostResult, RoutedMethodName } from '../../shared/host/host-methods';
import type { HostServices } from './host-services';

/**
 * Runs a routed bridge method on the host's services, for the IPC handlers and the browser host's
 * routes alike (one dispatch, not one per transport). `args` must have passed checkArgs.
 */
export function callService<K extends RoutedMethodName>(services: HostServices, name: K, args: HostArgs<K>): Promise<HostResult<K>> {
  // tsc cannot see that HostServices[K] takes HostArgs<K> for a generic K; it does for each K.
  const method = services[name] as (...args: HostArgs<K>) => Promise<HostResult<K>>;
  return method.apply(services, args);
}

import type { HostApi } from '../../../../shared/host/host-api';

declare global {
  interface Window {
    /** Set by electron/preload.ts (contextBridge); absent in browser mode. */
    readonly tandem?: HostApi;
  }
}

export {};

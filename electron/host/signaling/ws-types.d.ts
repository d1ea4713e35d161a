/**
 * The slice of `ws` (8.x) that Tandem uses. @types/ws is not installed (node_modules is shared and
 * must not change under this branch), so the API we call is declared here; each member matches
 * ws/lib/websocket.js and websocket-server.js of ws 8.23. Replace with @types/ws when it is added.
 * Tests that use ws as a client pull this in with a triple-slash reference.
 */
declare module 'ws' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  export type RawData = Buffer | ArrayBuffer | Buffer[];

  export interface ClientOptions {
    maxPayload?: number;
    perMessageDeflate?: boolean;
    /** Passed to http.request: the local address to connect from (tests emulate devices with 127.0.0.x). */
    localAddress?: string;
  }

  export class WebSocket extends EventEmitter {
    static readonly CONNECTING: 0;
    static readonly OPEN: 1;
    static readonly CLOSING: 2;
    static readonly CLOSED: 3;
    constructor(address: string, options?: ClientOptions);
    readonly readyState: 0 | 1 | 2 | 3;
    readonly isPaused: boolean;
    readonly bufferedAmount: number;
    send(data: string | Buffer | Uint8Array, callback?: (error?: Error) => void): void;
    ping(data?: Buffer, mask?: boolean, callback?: (error?: Error) => void): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
    /** Stops reading the socket: a paused client answers no pings (a "dead peer" in tests). */
    pause(): void;
    resume(): void;
    on(event: 'message', listener: (data: RawData, isBinary: boolean) => void): this;
    on(event: 'close', listener: (code: number, reason: Buffer) => void): this;
    on(event: 'error', listener: (error: Error & { code?: string }) => void): this;
    on(event: 'ping' | 'pong', listener: (data: Buffer) => void): this;
    on(event: 'open', listener: () => void): this;
    on(event: 'unexpected-response', listener: (request: unknown, response: IncomingMessage) => void): this;
    on(event: string | symbol, listener: (...args: any[]) => void): this; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  export interface ServerOptions {
    noServer: true;
    maxPayload?: number;
    perMessageDeflate?: boolean;
    clientTracking?: boolean;
  }

  export class WebSocketServer extends EventEmitter {
    constructor(options: ServerOptions);
    readonly clients: Set<WebSocket>;
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, callback: (ws: WebSocket, request: IncomingMessage) => void): void;
    close(callback?: (error?: Error) => void): void;
  }

  export default WebSocket;
}

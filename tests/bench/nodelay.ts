/**
 * @module The `--nodelay` experiment. neo4j-driver 5.x leaves Nagle's algorithm on for its Bolt
 * socket (it calls setKeepAlive, never setNoDelay); a managed transaction pipelines BEGIN and RUN as
 * separate small writes, and Nagle holds the second until the server's delayed ACK, so each
 * transaction can wait tens of milliseconds on loopback. With this flag every socket this process
 * opens gets TCP_NODELAY, so one run shows what the fix would buy. Benchmark-only: the product's
 * connection code is not changed from here.
 */
import { Socket } from 'node:net';

export function enableNoDelay(): void {
  const setKeepAlive = Socket.prototype.setKeepAlive;
  Socket.prototype.setKeepAlive = function patched(this: Socket, ...args: Parameters<Socket['setKeepAlive']>) {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
}

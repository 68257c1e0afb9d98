/**
 * @module Keeps an embedded Neo4j this process started running: when it exits without being asked
 * to (killed, crashed, run out of memory), the owner says so, marks the database down so requests
 * fail at once instead of waiting on the driver, and starts it again, waiting longer after each
 * failure up to a bound, and starting the wait over once a server has stayed up.
 */
import type { EmbeddedNeo4j } from './neo4j.ts';

export const superviseDefaults = {
  /** Wait before the first restart: a server killed by a signal usually comes back at once. */
  firstDelayMs: 1_000,
  /** The longest wait between attempts, however often the server dies. */
  maxDelayMs: 30_000,
  /** A server up this long counts as healthy again: its next exit waits only `firstDelayMs`. */
  stableMs: 60_000,
};

export interface SuperviseHooks {
  log: (line: string) => void;
  /** The database is down, and why (a sentence for clients: no addresses). */
  down: (reason: string) => void;
}

/** Watches `embedded` until `isClosed()` says the process is shutting down. */
export function superviseEmbedded(embedded: EmbeddedNeo4j, hooks: SuperviseHooks, isClosed: () => boolean): void {
  const o = superviseDefaults;
  let restartedAt: number | undefined;
  let delay = o.firstDelayMs;
  let restarting = false;

  embedded.onExit((why) => {
    if (isClosed() || restarting) return;
    restarting = true;
    // A server that dies again soon after a restart waits longer each time; one that stayed up starts over.
    const again = restartedAt !== undefined && Date.now() - restartedAt < o.stableMs;
    delay = again ? Math.min(delay * 2, o.maxDelayMs) : o.firstDelayMs;
    hooks.log(`Neo4j (pid ${embedded.pid}) stopped unexpectedly (${why}); restarting it in ${delay / 1000}s`);
    hooks.down('The embedded Neo4j stopped unexpectedly and is restarting');
    void (async () => {
      for (;;) {
        await new Promise((r) => setTimeout(r, delay));
        if (isClosed()) return;
        try {
          await embedded.restart();
          restartedAt = Date.now();
          hooks.log(`Neo4j restarted (pid ${embedded.pid})`);
          restarting = false;
          return;
        } catch (e) {
          delay = Math.min(delay * 2, o.maxDelayMs);
          hooks.log(`Neo4j did not restart (${(e as Error).message.split('\n')[0]}); trying again in ${delay / 1000}s`);
        }
      }
    })();
  });
}

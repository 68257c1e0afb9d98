/**
 * @module Decorates the app with the repository (cypher/repository.ts), the only code that runs
 * queries, and closes the database with the app. Routes take `app.repo` and never see the driver.
 */
import fp from 'fastify-plugin';
import type { Database } from '../../cypher/connection.ts';
import { Repository } from '../../cypher/repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    repo: Repository;
  }
}

export default fp<{ db: Database; queryTimeoutMs: number }>(async (app, o) => {
  app.decorate('repo', new Repository(o.db, o.queryTimeoutMs));
  app.addHook('onClose', async () => o.db.close());
}, { name: 'repository' });

import express from 'express';
import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';

/**
 * `/healthz`: the process is up (always 200). `/readyz`: the database answers and has no pending
 * migration (200), else 503 with the reason.
 */
export function healthRoutes(dataSource: DataSource): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await sqlRows(dataSource, 'SELECT 1 AS up');
      if (await dataSource.showMigrations()) {
        res.status(503).json({ status: 'unavailable', reason: 'the database has pending migrations' });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: 'the database does not answer' });
    }
  });
  return router;
}

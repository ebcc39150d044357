import type { Database as SqliteConnection } from 'better-sqlite3';

/** The settings every Kompas connection that writes runs with: the API's own, and an import's writer. */
export function applyWriterSettings(db: Pick<SqliteConnection, 'pragma'>): void {
  db.pragma('foreign_keys = ON');
  // An acknowledged write survives a power loss too, not only a crash of the process (about 0.5 ms per commit here).
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';

/** At most this many read connections are opened, as reads overlap; each is one SQLite connection. */
const MAX_READERS = 4;

type Reader = { dataSource: DataSource; connection: SqliteConnection };

/**
 * The one door to the database.
 *
 * Writes: better-sqlite3 is a single connection, and TypeORM transactions on it
 * must not overlap (two overlapping ones can both report failure while one of
 * them committed). So every write waits its turn in one FIFO queue.
 *
 * Reads: each runs in a read transaction on a read-only connection of its own
 * (WAL mode), so it sees the database as of its first statement — every write
 * committed by then, nothing of a write still in progress — and never waits for
 * a long write such as an import. A write's promise settles after its commit,
 * so a read started after it sees it. An in-memory database cannot be shared
 * between connections: there, reads take their turn in the write queue.
 */
@Injectable()
export class Database implements OnModuleDestroy {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly readers: Reader[] = [];
  private readonly idle: Reader[] = [];
  private readonly waiting: ((reader: Reader) => void)[] = [];
  private opening = 0;
  private closed = false;

  constructor(readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction, after every earlier write has finished. */
  write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(() => this.dataSource.transaction(work));
  }

  /**
   * Runs `work` in its turn among the writes, outside any transaction of this
   * connection: for one write that another connection makes (an import, in its
   * worker thread), which must neither overlap another write nor lose its turn.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue(work);
  }

  /**
   * Runs `work` in a read transaction of its own, beside the writes: it sees
   * every write that had committed when it began and nothing half done.
   */
  async read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.sharesFile()) return this.enqueue(() => work(this.dataSource.manager));
    const reader = await this.takeReader();
    try {
      reader.connection.exec('BEGIN');
      try {
        return await work(reader.dataSource.manager);
      } finally {
        if (reader.connection.inTransaction) reader.connection.exec('COMMIT');
      }
    } finally {
      this.giveBack(reader);
    }
  }

  /** Whether both the write connection and a read connection answer. */
  async answers(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    await this.read((em) => em.query('SELECT 1'));
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    // Readers close before the write connection (closed by TypeORM after this), which then tidies the WAL away.
    await Promise.all(this.readers.splice(0).map((r) => r.dataSource.destroy().catch(() => undefined)));
    this.idle.length = 0;
  }

  private sharesFile(): boolean {
    const path = (this.dataSource.options as { database?: string }).database;
    return !!path && path !== ':memory:' && !path.startsWith('file::memory:');
  }

  private async takeReader(): Promise<Reader> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.readers.length + this.opening < MAX_READERS && !this.closed) {
      this.opening++;
      try {
        const reader = await this.openReader();
        this.readers.push(reader);
        return reader;
      } finally {
        this.opening--;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private giveBack(reader: Reader): void {
    if (!reader.dataSource.isInitialized) return;
    const next = this.waiting.shift();
    if (next) next(reader);
    else this.idle.push(reader);
  }

  private async openReader(): Promise<Reader> {
    const options = this.dataSource.options;
    const dataSource = new DataSource({
      type: 'better-sqlite3',
      database: (options as { database: string }).database,
      entities: options.entities,
      readonly: true,
      fileMustExist: true,
      synchronize: false,
      migrationsRun: false,
      // The same logger as the write connection: whoever watches the statements sees the reads too.
      logger: this.dataSource.logger,
      logging: false,
      prepareDatabase: (db: SqliteConnection) => {
        db.pragma('busy_timeout = 5000');
      },
    } as DataSourceOptions);
    await dataSource.initialize();
    const connection = (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
    return { dataSource, connection };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

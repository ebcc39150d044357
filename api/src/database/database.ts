import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The one door to the database. better-sqlite3 is a single connection, and
 * TypeORM transactions on it must not overlap: two overlapping ones can both
 * report failure while one of them committed. So every unit of work, read or
 * write, waits its turn in one FIFO queue. Reads queue too, so that they never
 * see a write that is half done (and may still be rolled back).
 */
@Injectable()
export class Database {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction, after every earlier unit of work has finished. */
  write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(() => this.dataSource.transaction(work));
  }

  /** Runs `work` outside a transaction, in turn with the writes. */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(() => work(this.dataSource.manager));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

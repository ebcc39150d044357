// Backup and restore of the live database, with the trail's seal. Run as `npm run backup -- <file>` and `npm run restore -- <file>`.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import {
  keyPathOf,
  lockHolder,
  makeSeal,
  Query,
  readSeal,
  restoredPathOf,
  sealMacMatches,
  sealPathOf,
  walkChain,
  writeSeal,
} from '../modules/audit/trail';

/** What went wrong, in words for the operator; nothing was changed. */
export class CopyError extends Error {}

const queryOf =
  (db: BetterSqlite3.Database): Query =>
  async (sql, params = []) =>
    db.prepare(sql).all(...params) as Record<string, unknown>[];

/** The trail's key as configured (AUDIT_KEY or the key file); a backup or restore never makes one. */
export function keyOf(config: AppConfig): Buffer {
  if (config.auditKey) return Buffer.from(config.auditKey, 'utf8');
  const path = keyPathOf(config.databasePath);
  if (!existsSync(path)) throw new CopyError(`No key for the trail: set AUDIT_KEY, or put the key file at ${path}.`);
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'utf8');
}

/** A database file's integrity and chain, checked against the seal beside it (throws CopyError saying what is wrong). */
export async function checkCopy(file: string, key: Buffer, sealPath: string): Promise<{ entries: number; hash: string }> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new CopyError(`${file} is damaged: PRAGMA integrity_check says ${String(integrity)}.`);
    const seal = readSeal(sealPath);
    if (!seal || seal === 'unreadable') throw new CopyError(`There is no readable seal at ${sealPath}.`);
    if (!sealMacMatches(key, seal)) throw new CopyError(`The seal ${sealPath} was not made with this trail's key.`);
    const walk = await walkChain(queryOf(db), key);
    if (walk.broken.length)
      throw new CopyError(
        `The trail in ${file} is broken at entr${walk.broken.length > 1 ? 'ies' : 'y'} ${walk.broken.map((b) => `${b.seq} (${b.problem})`).join(', ')}.`,
      );
    if (walk.head.entries !== seal.entries || walk.head.hash !== seal.hash)
      throw new CopyError(
        `The trail in ${file} ends at entry ${walk.head.entries}, but its seal says ${seal.entries} (${seal.hash.slice(0, 12)}…).`,
      );
    return walk.head;
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of the live database (`VACUUM INTO`, which reads one
 * snapshot while Kompas goes on writing), and `<file>.seal` with the copy's
 * head, MAC'd with the trail's key. The key is not in the copy.
 */
export async function backup(config: AppConfig, target: string): Promise<{ file: string; seal: string; entries: number; hash: string }> {
  const file = resolve(target);
  if (existsSync(file)) throw new CopyError(`${file} exists already: choose a new file.`);
  const key = keyOf(config);
  const db = new BetterSqlite3(config.databasePath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(file);
  } finally {
    db.close();
  }
  const copy = new BetterSqlite3(file, { readonly: true });
  let head: { entries: number; hash: string };
  try {
    const walk = await walkChain(queryOf(copy), key);
    if (walk.broken.length)
      throw new CopyError(`The copy was made, but its trail is broken at entry ${walk.broken[0].seq}: see GET /api/audit/verify.`);
    head = walk.head;
  } finally {
    copy.close();
  }
  const seal = sealPathOf(file);
  writeSeal(seal, makeSeal(key, head));
  return { file, seal, ...head };
}

/**
 * Puts a backup in place of the database: only while no Kompas holds it, and
 * only once the copy's integrity and its chain against its seal are checked.
 * The database, its -wal and -shm and its seal are moved aside first, and the
 * next start writes a `restore` entry naming the backup.
 */
export async function restore(config: AppConfig, source: string): Promise<{ movedAside: string[]; entries: number; hash: string }> {
  const file = resolve(source);
  const target = config.databasePath;
  const holder = lockHolder(target);
  if (holder !== null) throw new CopyError(`Kompas (process ${holder}) holds ${target}: stop it first. Nothing was changed.`);
  if (!existsSync(file)) throw new CopyError(`There is no backup at ${file}.`);
  const key = keyOf(config);
  const head = await checkCopy(file, key, sealPathOf(file));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedAside: string[] = [];
  for (const name of [target, `${target}-wal`, `${target}-shm`, sealPathOf(target)]) {
    if (!existsSync(name)) continue;
    const aside = `${name}.before-restore-${stamp}`;
    renameSync(name, aside);
    movedAside.push(aside);
  }
  copyFileSync(file, target);
  copyFileSync(sealPathOf(file), sealPathOf(target));
  writeFileSync(
    restoredPathOf(target),
    JSON.stringify({ backup: file, entries: head.entries, hash: head.hash, movedAside: movedAside[0] ?? '(no database before)' }),
  );
  return { movedAside, ...head };
}

/** TypeORM stores a `datetime` on SQLite as UTC text, `YYYY-MM-DD HH:MM:SS.SSS`; raw SQL reads and writes it the same way. */
export const toSqliteUtc = (d: Date | string): string => new Date(d).toISOString().replace('T', ' ').replace('Z', '');

/** The stored text back as ISO 8601 in UTC. */
export const sqliteUtcToIso = (value: string): string => `${value.replace(' ', 'T')}${value.endsWith('Z') ? '' : 'Z'}`;

import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { MAX_IMPORT_BYTES } from '@kompas/domain';
import express, { NextFunction, Request, Response } from 'express';
import { formatOf } from './read-sheet';

/** The observation import's route, whose body is a file (CSV or XLSX) rather than JSON. */
export const OBSERVATION_IMPORT_PATH = /^\/api\/plans\/[^/]+\/observations\/import\/?$/i;

/** A file as the route receives it: its bytes (undefined when there was no body it reads) and its Content-Type. */
export type ImportFile = { bytes: Uint8Array | undefined; contentType: string | undefined };

type WithImportFile = Request & { importFile?: Uint8Array };

/** Reads a CSV or XLSX body of up to MAX_IMPORT_BYTES as bytes; bodies of other types are left to the JSON parser (and the route's 415). */
export const importFileParser = express.raw({ type: (req) => formatOf(req.headers['content-type']) !== null, limit: MAX_IMPORT_BYTES });

/** Keeps the file's bytes aside, so that the checks of JSON bodies that follow do not walk ten megabytes byte by byte. */
export function keepImportFile(req: Request, _res: Response, next: NextFunction): void {
  const body = req.body as unknown;
  if (body instanceof Uint8Array) {
    (req as WithImportFile).importFile = body;
    req.body = undefined;
  }
  next();
}

export const ImportFileBody = createParamDecorator((_: unknown, ctx: ExecutionContext): ImportFile => {
  const req = ctx.switchToHttp().getRequest<WithImportFile>();
  return { bytes: req.importFile, contentType: req.headers['content-type'] };
});

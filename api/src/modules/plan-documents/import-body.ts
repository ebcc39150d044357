import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

type WithImportBody = Request & { importBody?: Uint8Array };

/**
 * The import's body stays bytes until its worker thread reads it: kept aside
 * here, so that nothing on the request thread walks or copies a document of
 * hundreds of megabytes.
 */
export function keepImportBody(req: Request): void {
  const body = req.body as unknown;
  if (body instanceof Uint8Array) {
    (req as WithImportBody).importBody = body;
    req.body = undefined;
  }
}

/** The import's body as it came, or undefined when there was none (or it was not JSON). */
export const ImportBody = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<WithImportBody>().importBody,
);

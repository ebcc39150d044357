import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import { ErrorDto } from './dto';

/** The errors a route can answer with, each documented with the one error shape. */
export const ApiErrors = (...statuses: number[]) => applyDecorators(...statuses.map((status) => ApiResponse({ status, type: ErrorDto })));

/** Summary, id parameter and the usual errors of a route on one row. */
export const Route = (summary: string, opts: { id?: string; errors?: number[] } = {}) =>
  applyDecorators(
    ApiOperation({ summary }),
    ...(opts.id ? [ApiParam({ name: opts.id, format: 'uuid' })] : []),
    ApiErrors(...(opts.errors ?? [])),
  );

import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CODES } from '@kompas/domain';
import express, { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { ApiError } from './common/api-error';
import { ErrorFilter, toErrorBody } from './common/error.filter';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { serveWebApp } from './web/web-app';

export const IMPORT_ROUTE = '/api/plans/import';

/** Body-parser failures, answered in the one error shape before Nest sees the request. */
function bodyErrors(err: { type?: string; limit?: number }, _req: Request, res: Response, next: NextFunction) {
  let error: ApiError | null = null;
  if (err?.type === 'entity.too.large') {
    error = ApiError.at(
      ERROR_CODES.payloadTooLarge,
      `The request body is larger than the limit of ${err.limit} bytes.`,
      'body',
      'too large',
    );
  } else if (err?.type === 'entity.parse.failed' || err?.type === 'charset.unsupported' || err?.type === 'encoding.unsupported') {
    error = ApiError.at(ERROR_CODES.invalidJson, 'The request body is not valid JSON.', 'body', 'not valid JSON');
  }
  if (!error) return next(err);
  const body = toErrorBody(error);
  return res.status(body.statusCode).json(body);
}

/** The Nest application with everything main.ts and the tests share. */
export async function createApp(config: AppConfig, logger: LogLevel[] | false = ['error', 'warn', 'log']): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger,
  });
  app.use(IMPORT_ROUTE, express.json({ limit: config.importLimitBytes }));
  app.use(express.json({ limit: config.bodyLimitBytes }));
  app.use(bodyErrors);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();

  const docs = new DocumentBuilder()
    .setTitle('Kompas API')
    .setDescription(
      'The strategy cascade as one live graph: vision → aiming points → committee focus areas → actions → indicators and observations. ' +
        'Every error has the shape { statusCode, code, message, details: [{ field, code, message }] }.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs), {
    jsonDocumentUrl: 'api/docs-json',
  });
  serveWebApp(app.getHttpAdapter().getInstance() as express.Express, config.webRoot);
  return app;
}

export async function listen(app: INestApplication, port: number): Promise<string> {
  await app.listen(port);
  const url = await app.getUrl();
  new Logger('Kompas').log(`Kompas is running on ${url.replace('[::1]', 'localhost')} (the map at /, API docs at /api/docs)`);
  return url;
}

import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CODES } from '@kompas/domain';
import express, { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';

export const IMPORT_ROUTE = '/api/plans/import';

/** Body-parser failures, answered in the one error shape before Nest sees the request. */
function bodyErrors(err: { type?: string; status?: number; limit?: number }, _req: Request, res: Response, next: NextFunction) {
  if (err?.type === 'entity.too.large') {
    return res.status(413).json({
      statusCode: 413,
      code: ERROR_CODES.payloadTooLarge,
      message: `The request body is larger than the limit of ${err.limit} bytes.`,
      details: [{ field: 'body', code: ERROR_CODES.payloadTooLarge, message: 'too large' }],
    });
  }
  if (err?.type === 'entity.parse.failed' || err?.type === 'charset.unsupported' || err?.type === 'encoding.unsupported') {
    return res.status(400).json({
      statusCode: 400,
      code: ERROR_CODES.invalidJson,
      message: 'The request body is not valid JSON.',
      details: [{ field: 'body', code: ERROR_CODES.invalidJson, message: 'not valid JSON' }],
    });
  }
  return next(err);
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
  // Until the map lands, the front door is the API documentation.
  (app.getHttpAdapter().getInstance() as express.Express).get('/', (_req: Request, res: Response) => res.redirect('/api/docs'));
  return app;
}

export async function listen(app: INestApplication, port: number): Promise<string> {
  await app.listen(port);
  const url = await app.getUrl();
  new Logger('Kompas').log(`Kompas is running on ${url.replace('[::1]', 'localhost')} (API docs at /api/docs)`);
  return url;
}

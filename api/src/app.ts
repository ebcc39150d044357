import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { can, ERROR_CODES } from '@kompas/domain';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import express, { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { ApiError } from './common/api-error';
import { withWriteRefusals } from './common/api-docs';
import { ErrorFilter, toErrorBody } from './common/error.filter';
import { EtagInterceptor, refuse, refuseDeepBodies, refuseMalformedText, takeReason } from './common/request-guards';
import { createValidationPipe } from './common/validation';
import { Clock, SystemClock } from './common/clock';
import { AppConfig } from './config/app-config';
import { AuditService } from './modules/audit/audit.service';
import { AuthService, principalOf, SESSION_COOKIE } from './modules/auth/auth.service';
import { SignInThrottle } from './modules/auth/sign-in-throttle';
import { importFileParser, keepImportFile, OBSERVATION_IMPORT_PATH } from './modules/observations/import-file';
import { keepImportBody } from './modules/plan-documents/import-body';
import { serveWebApp } from './web/web-app';

export const IMPORT_ROUTE = '/api/plans/import';
/** API answers smaller than this go uncompressed: compressing them saves little. */
const COMPRESS_ABOVE_BYTES = 4096;

/** Body-parser failures, answered in the one error shape before Nest sees the request. */
function bodyErrors(
  err: { type?: string; limit?: number; status?: number; expose?: boolean },
  _req: Request,
  res: Response,
  next: NextFunction,
) {
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
  } else if (err?.expose && typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    // A body that cannot be read at all (a broken gzip stream, a cut-off request) is the client's error too, not a 500.
    error = ApiError.at(ERROR_CODES.invalidJson, 'The request body could not be read.', 'body', 'unreadable');
  }
  if (!error) return next(err);
  const body = toErrorBody(error);
  return res.status(body.statusCode).json(body);
}

/** The Nest application with everything main.ts and the tests share. */
export async function createApp(
  config: AppConfig,
  logger: LogLevel[] | false = ['error', 'warn', 'log'],
  clock: Clock = new SystemClock(),
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    bodyParser: false,
    logger,
  });
  const auth = app.get(AuthService);
  const throttle = app.get(SignInThrottle);
  const express_ = app.getHttpAdapter().getInstance() as express.Express;
  express_.disable('x-powered-by');
  // Behind a reverse proxy the client's address (sign-in throttling, the trail) and scheme come from X-Forwarded-*.
  express_.set('trust proxy', config.trustProxy);
  // Security headers. The map draws with inline styles (React Flow), so styles may be inline; scripts may not.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
      },
      strictTransportSecurity: config.secureCookies,
    }),
  );
  // Other origins get the API only if listed; the app's own pages need no CORS at all.
  app.enableCors({
    origin: (origin, done) => done(null, !!origin && config.corsOrigins.includes(origin.toLowerCase())),
    credentials: true,
    // Browsers hide other headers from pages on other origins: these carry the version for If-Match and a lockout's length.
    exposedHeaders: ['ETag', 'Retry-After'],
  });
  app.use(cookieParser());
  // Large JSON answers (a big plan's graph) are compressed for clients that accept it: brotli or gzip.
  app.use('/api', compression({ threshold: COMPRESS_ABOVE_BYTES }));
  // Only a signed-in administrator may send the import route its large bodies: others are refused before anything is read.
  // The body is kept as bytes: a worker thread parses and checks it, off the request thread.
  const importParser = express.raw({ type: 'application/json', limit: config.importLimitBytes });
  app.use(IMPORT_ROUTE, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    auth
      .userForToken((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE])
      .then((user) => {
        if (!user) return refuse(res, 'unauthenticated', 'Sign in first.');
        if (!can(principalOf(user), { do: 'managePlans' })) return next(); // the route answers 403, and logs it
        return importParser(req, res, (err?: unknown) => {
          if (err) return next(err);
          keepImportBody(req);
          return next();
        });
      })
      .catch(next);
  });
  // The observation import's file (CSV or XLSX, up to 10 MB) comes as the raw body: read as bytes, for a signed-in user only.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || !OBSERVATION_IMPORT_PATH.test(req.path)) return next();
    auth
      .userForToken((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE])
      .then((user) => {
        if (!user) return refuse(res, 'unauthenticated', 'Sign in first.');
        return importFileParser(req, res, (err?: unknown) => (err ? next(err) : keepImportFile(req, res, next)));
      })
      .catch(next);
  });
  app.use(express.json({ limit: config.bodyLimitBytes }));
  app.use(bodyErrors);
  app.use(refuseDeepBodies);
  app.use(refuseMalformedText);
  app.use(takeReason);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new EtagInterceptor());
  app.useGlobalFilters(
    // A refused request is logged and counted per user and address, not written to the trail: anyone can send many.
    new ErrorFilter((denied) => throttle.denied(denied.userId, denied.ip)),
  );
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, () => apiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  serveWebApp(express_, config.webRoot);
  return app;
}

/** The API's OpenAPI document, as `/api/docs-json` serves it and as the web app's types are generated from. */
export function apiDocument(app: INestApplication): OpenAPIObject {
  const info = new DocumentBuilder()
    .setTitle('Kompas API')
    .setDescription(
      'The strategy cascade as one live graph: vision → aiming points → committee focus areas → actions → indicators and observations. ' +
        'Every error has the shape { statusCode, code, message, details: [{ field, code, message }] }. ' +
        'Sign in with POST /api/auth/login: it sets a session cookie, and every route but /api/health and the sign-in route (/api/auth/login) needs it (401 otherwise). ' +
        'Changes must come from Kompas’s own pages or from a client that sends no Origin (cross-site requests get 403). ' +
        'Single resources carry their version as an ETag: send it back as If-Match to change or delete them (428 without, 412 with the current state when someone else changed it first). ' +
        'Every write accepts an optional reason (in the body, or ?reason=), kept in the audit trail.',
    )
    .setVersion('1')
    .build();
  return withWriteRefusals(SwaggerModule.createDocument(app, info));
}

export async function listen(app: INestApplication, port: number): Promise<string> {
  await app.listen(port);
  // Sealed once more now that start-up work (the demo plan, the first administrator) is in the trail.
  await app.get(AuditService).seal();
  const url = await app.getUrl();
  new Logger('Kompas').log(`Kompas is running on ${url.replace('[::1]', 'localhost')} (the map at /, API docs at /api/docs)`);
  return url;
}

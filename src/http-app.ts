import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './core/config/app-config.js';
import { AllExceptionsFilter } from './core/errors/all-exceptions.filter.js';
import { createValidationPipe } from './core/errors/validation.js';
import { READ_CACHE_HEADER } from './core/read-cache/read-cache.js';
import { RequestDeadlineInterceptor } from './core/http/request-deadline.interceptor.js';

/** Everything main.ts and the e2e tests apply to the HTTP app, in one place. */
export function configureHttpApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // Security headers first, so even errors carry them. Swagger UI's own script and styles are same-origin.
  app.use(helmet());
  const origins = config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, maxAge: 600, exposedHeaders: ['X-Request-Id', READ_CACHE_HEADER] });
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalInterceptors(new RequestDeadlineInterceptor(config.REQUEST_TIMEOUT_MS));
  app.enableShutdownHooks();
  app.set('trust proxy', true);
  app.set('query parser', 'extended');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('JobBridge 就业桥 API')
      .setDescription('Job matching for public employment services: regions, enterprises, positions, seekers, certificates.')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from POST /auth/login' })
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });

  const server = app.getHttpServer();
  // No request hangs forever; slow clients cannot hold sockets open.
  server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.REQUEST_TIMEOUT_MS, 60_000);
  return app;
}

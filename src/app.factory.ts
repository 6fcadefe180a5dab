import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { ApiKeyGuard } from './api-keys/api-key.guard';
import { AppModule, AppRoles } from './app.module';
import { AllExceptionsFilter, toEnvelope } from './common/http-exception.filter';
import { ErrorEnvelopeDto, FieldErrorDto } from './common/error-envelope.dto';
import { CheckDto } from './health/health.controller';
import { AppValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { PinoNestLogger } from './logging/logger';
import { httpDuration } from './metrics/metrics';
import { QUEUES } from './queue/queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export interface RouteInfo {
  method: string;
  url: string;
}
const routes = new WeakMap<NestFastifyApplication, RouteInfo[]>();
/** Every route the HTTP server registered (Nest controllers, Swagger, Bull Board), for audits and tests. */
export const routesOf = (app: NestFastifyApplication): RouteInfo[] => routes.get(app) ?? [];

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('ai-vendor-risk')
    .setDescription(
      'Decides whether an enterprise may use an AI provider — this model, deployed this way, for this use case — ' +
        'and on what conditions, with every reason traceable to a law, a list entry or a sourced fact.',
    )
    .setVersion('1')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorEnvelopeDto, FieldErrorDto, CheckDto],
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Builds the HTTP application (API role, optionally with the worker role in the same process). */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  roles: AppRoles,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, roles), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  const registered: RouteInfo[] = [];
  routes.set(app, registered);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) registered.push({ method, url: r.url });
    });
  app.useGlobalPipes(new AppValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  await app.register(helmet, {
    // Swagger UI and Bull Board need inline scripts and styles.
    contentSecurityPolicy: false,
  });
  await app.register(multipart, { limits: { fileSize: 512 * 1024 * 1024, files: 8, fields: 16 } });

  const fastify = app.getHttpAdapter().getInstance();
  // Policy packs are posted as YAML text; the controller validates them.
  fastify.addContentTypeParser(
    ['application/yaml', 'application/x-yaml', 'text/yaml'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );
  fastify.addHook('onResponse', async (req, reply) => {
    httpDuration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  await mountQueueDashboard(app);

  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });

  await app.init();
  return app;
}

/** Bull Board is a Fastify plugin, outside Nest's guards, so it gets its own admin-only check. */
async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: QUEUES.map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: false }),
    ),
    serverAdapter,
  });
  const guard = app.get(ApiKeyGuard);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (req, reply) => {
        try {
          const principal = await guard.authenticate(req.headers.authorization);
          if (principal.role !== 'admin') {
            return reply
              .status(403)
              .send({ error: { code: 'forbidden', message: 'The queue dashboard is for admins' } });
          }
        } catch (e) {
          const { status, body } = toEnvelope(e);
          return reply.status(status).send(body);
        }
      });
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

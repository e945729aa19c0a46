import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config.js';

const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Query parameters that carry personal identifiers and never reach the logs. */
const PERSONAL_QUERY_PARAMS = /([?&](?:idNumber|phone)=)[^&]*/gi;

export const redactUrl = (url: string) => url.replace(PERSONAL_QUERY_PARAMS, '$1[REDACTED]');

/** Structured JSON logs (pino); every HTTP request carries an id, echoed in X-Request-Id. */
export function loggerModule(config: AppConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const given = request.headers[REQUEST_ID_HEADER];
        const id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
        response.setHeader('X-Request-Id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.query.idNumber', 'req.query.phone'],
      serializers: {
        req: (request: { url?: string }) => ({ ...request, url: request.url && redactUrl(request.url) }),
      },
      autoLogging: { ignore: (request) => request.url === '/health' },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    },
  });
}

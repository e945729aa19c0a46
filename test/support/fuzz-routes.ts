import type { INestApplication } from '@nestjs/common';
import type { QueryKey } from './fuzz-inputs.js';

/**
 * The routes to fuzz come from the router itself, so a new route is fuzzed without
 * touching the test; the OpenAPI document adds what each one accepts (query keys and
 * their enums, the body schema) where the route is documented.
 */
export interface FuzzRoute {
  /** `METHOD /path/{param}`, the OpenAPI spelling. */
  route: string;
  method: string;
  path: string;
  params: string[];
  queryKeys: QueryKey[];
  /** A schema-derived body when the table of valid bodies has none. */
  sampleBody?: unknown;
  takesBody: boolean;
}

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Operation {
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route registered on the Express router (Nest's controllers, the docs, the dashboard). */
export function servedRoutes(app: INestApplication): Array<{ method: string; path: string }> {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: RouterLayer[] }; _router?: { stack: RouterLayer[] } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack.flatMap((layer) => {
    if (!layer.route) return [];
    const methods = Object.keys(layer.route.methods).filter((method) => layer.route!.methods[method]);
    // Catch-all middleware registered for every method is not a route.
    if (methods.length > 3) return [];
    return methods.map((method) => ({ method: method.toUpperCase(), path: layer.route!.path.replace(/:(\w+)/g, '{$1}') }));
  });
}

export function fuzzRoutes(app: INestApplication, document: OpenApiDocument): FuzzRoute[] {
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;

  const sample = (schema: Schema | undefined, depth = 0): unknown => {
    const resolved = resolve(schema);
    if (!resolved || depth > 4) return undefined;
    if (resolved.example !== undefined) return resolved.example;
    if (resolved.default !== undefined) return resolved.default;
    if (resolved.enum?.length) return resolved.enum[0];
    if (resolved.type === 'array') return [sample(resolved.items, depth + 1)].filter((item) => item !== undefined);
    if (resolved.type === 'number' || resolved.type === 'integer') return resolved.minimum ?? 1;
    if (resolved.type === 'boolean') return true;
    if (resolved.type === 'string') return 'x';
    if (resolved.properties) {
      return Object.fromEntries(
        Object.entries(resolved.properties)
          .map(([key, property]) => [key, sample(property, depth + 1)] as const)
          .filter(([, value]) => value !== undefined),
      );
    }
    return undefined;
  };

  const unique = new Map<string, { method: string; path: string }>();
  for (const route of servedRoutes(app)) unique.set(`${route.method} ${route.path}`, route);
  return [...unique.entries()].map(([route, { method, path }]) => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    const bodySchema = operation?.requestBody?.content?.['application/json']?.schema;
    const queryKeys = (operation?.parameters ?? [])
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => {
        const schema = resolve(parameter.schema);
        const values = [...(schema?.enum ?? []), ...(resolve(schema?.items)?.enum ?? []), schema?.example, schema?.default]
          .filter((value) => value !== undefined)
          .map(String);
        return { name: parameter.name, values };
      });
    return {
      route,
      method,
      path,
      params: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
      queryKeys,
      ...(bodySchema ? { sampleBody: sample(bodySchema) } : {}),
      takesBody: bodySchema !== undefined,
    };
  });
}

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { parse as parseDotenv } from 'dotenv';
import { validateSync, type ValidationError } from 'class-validator';
import { AppConfig, DEVELOPMENT_JWT_SECRET, DEVELOPMENT_PII_KEY } from './app-config.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads `config/default.json`, then a `.env` file if there is one, then the environment;
 * each later source wins.
 */
export function loadConfig(processEnv: NodeJS.ProcessEnv = process.env): AppConfig {
  const dotenvFile = resolve('.env');
  const env = { ...(existsSync(dotenvFile) ? parseDotenv(readFileSync(dotenvFile)) : {}), ...processEnv };
  const configDir = resolve(env.CONFIG_DIR ?? 'config');
  const file = join(configDir, 'default.json');
  const fromFile = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
  const known = Object.keys(new AppConfig());
  const fromEnv = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== ''),
  );
  return validateConfig({ ...fromFile, ...fromEnv });
}

export function validateConfig(raw: Record<string, unknown>): AppConfig {
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.flatMap(describe);
  if (config.NODE_ENV === 'production' && config.PII_KEY === DEVELOPMENT_PII_KEY) {
    problems.push('PII_KEY: the development key cannot be used in production; set a secret key');
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    problems.push('JWT_SECRET: the development secret cannot be used in production; set a secret of 32+ characters');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function describe(error: ValidationError): string[] {
  const messages = Object.values(error.constraints ?? {});
  return messages.map((message) => `${error.property}=${JSON.stringify(error.value)}: ${message}`);
}

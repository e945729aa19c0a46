import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config.js';
import { typeormOptions } from './typeorm-options.js';

/**
 * Entry for the TypeORM CLI (migration:generate / migration:run), run on the compiled
 * output. It needs DATABASE_URL or the local default; it never starts an embedded server.
 */
const config = loadConfig();
export default new DataSource(typeormOptions(config, config.DATABASE_URL ?? config.LOCAL_DATABASE_URL));

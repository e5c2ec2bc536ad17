import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '../config/app-config';

/**
 * The key that signs access tokens. Configured: AUTH_SECRET. Zero-setup default: a random key kept in the
 * data directory beside the embedded database, so sign-ins survive restarts. With an external database and
 * no AUTH_SECRET each process draws its own key: fine for one instance, wrong for several (warned).
 */
export function resolveAuthSecret(config: AppConfig): string {
  if (config.auth.secret) return config.auth.secret;
  if (config.databaseUrl === null) {
    const file = path.join(config.dataDir, 'auth-secret');
    try {
      return fs.readFileSync(file, 'utf8').trim();
    } catch {
      fs.mkdirSync(config.dataDir, { recursive: true });
      const secret = randomBytes(48).toString('base64url');
      fs.writeFileSync(file, secret, { mode: 0o600 });
      return secret;
    }
  }
  new Logger('Auth').warn('AUTH_SECRET is not set: tokens are signed with a per-process key (set it when running several API instances)');
  return randomBytes(48).toString('base64url');
}

import { loadConfig, type AppConfig } from '../src/config/app-config';

/** Tests use their own database, created fresh and migrated by the global setup. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ai_vendor_risk_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_ADMIN_KEY = 'avr_test_bootstrap_admin_key_0123456789abcdef';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    BOOTSTRAP_ADMIN_API_KEY: TEST_ADMIN_KEY,
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...overrides,
  });
}

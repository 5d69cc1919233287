import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configKeys, ConfigValidationError, validateConfig } from './app-config';

describe('validateConfig', () => {
  it('gives safe defaults for an empty environment', () => {
    const c = validateConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toBe('./data');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.COOKIE_SECURE).toBe(false);
  });

  it('puts demo content into an embedded install, and into a server database only when asked', () => {
    expect(validateConfig({}).DEMO_CONTENT).toBe(true);
    const server = 'postgres://u@db:5432/cqo';
    expect(validateConfig({ DATABASE_URL: server }).DEMO_CONTENT).toBe(false);
    expect(validateConfig({ DATABASE_URL: server, DEMO_CONTENT: 'true' }).DEMO_CONTENT).toBe(true);
    expect(validateConfig({ DEMO_CONTENT: 'false' }).DEMO_CONTENT).toBe(false);
  });

  it('converts numbers and booleans from strings', () => {
    const c = validateConfig({ PORT: '8080', COOKIE_SECURE: 'true', DEMO_CONTENT: '0' });
    expect(c.PORT).toBe(8080);
    // Links in e-mails follow the port unless a public address is given.
    expect(c.PUBLIC_URL).toBe('http://localhost:8080');
    expect(validateConfig({ PORT: '8080', PUBLIC_URL: 'https://cqo.example.cn' }).PUBLIC_URL).toBe(
      'https://cqo.example.cn',
    );
    expect(c.COOKIE_SECURE).toBe(true);
    expect(c.DEMO_CONTENT).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
  ])('refuses %j naming the variable', (env, name) => {
    expect(() => validateConfig(env)).toThrow(ConfigValidationError);
    try {
      validateConfig(env);
    } catch (e) {
      expect((e as Error).message).toContain(name);
    }
  });

  it('reads every declared variable, optional ones included', () => {
    const c = validateConfig({
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      REDIS_URL: 'redis://x:6379',
      SMTP_URL: 'smtp://m:25',
    });
    expect(c.DATA_ENCRYPTION_KEY).toBe(Buffer.alloc(32, 7).toString('base64'));
    expect(c.REDIS_URL).toBe('redis://x:6379');
    expect(c.SMTP_URL).toBe('smtp://m:25');
  });

  it('every variable is documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '../../../../../.env.example'), 'utf8');
    const missing = configKeys().filter((k) => !new RegExp(`^${k}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });

  it('never prints secret values', () => {
    try {
      validateConfig({ JWT_SECRET: 'tiny-secret' });
    } catch (e) {
      expect((e as Error).message).not.toContain('tiny-secret');
    }
  });
});

import { AppConfig } from './platform/config/app-config';
import { ConfigValidationError } from './platform/config/app-config';
import { createApp } from './bootstrap';
import { runCli } from './cli';
import { DataDirectoryLockedError } from './platform/database/data-dir-lock';

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command) {
    process.exitCode = await runCli(command, process.argv.slice(3));
    return;
  }
  const started = Date.now();
  const app = await createApp();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  process.stdout.write(
    `\n  珠海市企业首席质量官联盟 · CQO Alliance is ready in ${Date.now() - started} ms\n` +
      `  Web:      ${url}/\n  API docs: ${url}/api/docs\n  Database: ${config.DATABASE_URL ? 'PostgreSQL server' : `embedded PGlite in ${config.DATA_DIR}`}\n\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else if (error instanceof ConfigValidationError) {
    process.stderr.write(
      `\n${error.message}\n\nFix the variable(s) above (see .env.example) and start again.\n`,
    );
  } else {
    process.stderr.write(`\nStart-up failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});

// mamori serve [--host H] [--port P] [--data DIR]: runs the web UI and API until stopped.
import { startServer } from '../../server/main.ts';
import { configFrom } from '../context.ts';
import type { CliValues } from '../main.ts';

export async function serveCommand(values: CliValues): Promise<number> {
  const config = configFrom(values);
  const server = await startServer(config);
  process.stderr.write(
    `Mamori を起動しました: ${server.url}  (${server.deps.database.engine}${server.deps.database.engine === 'pglite' ? `, ${config.dataDir}` : ''})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('停止しています…\n');
  await server.close();
  return 0;
}

#!/usr/bin/env node
/**
 * pps-mock-server: PPS, PTS and PaRek mocks over HTTP.
 *   pps-mock-server [--port 4010] [--host 127.0.0.1] [--messages DIR]
 */
import { parseCliArgs, USAGE } from './cli-args';
import { describeServer, startMockServer } from './server';

async function main() {
  let options: ReturnType<typeof parseCliArgs>;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const server = await startMockServer(options);
  console.log(describeServer(server));
  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping the mock server`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

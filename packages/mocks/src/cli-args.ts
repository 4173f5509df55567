import { parseArgs } from 'node:util';

export const USAGE = `Usage: pps-mock-server [--port 4010] [--host 127.0.0.1] [--messages DIR]

Serves the pps-kit mocks of PPS, PTS and PaRek over HTTP.
  --port, -p       port to listen on (default 4010; 0 picks a free one)
  --host           address to listen on (default 127.0.0.1)
  --messages, -m   a folder of Svarrapport XML files to serve beside the test patients
  --help, -h       show this text`;

export function parseCliArgs(args: string[]): {
  port: number;
  host: string;
  messagesDir?: string;
  help: boolean;
} {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', short: 'p', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      messages: { type: 'string', short: 'm' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0–65535, not "${values.port}"`);
  return {
    port,
    host: values.host,
    ...(values.messages ? { messagesDir: values.messages } : {}),
    help: values.help,
  };
}

// Starts the built pps-mock-server bin on a free port, asks it for PPS metadata, and checks that
// SIGTERM stops it cleanly (exit code 0).
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const child = spawn(process.execPath, [path.join(root, 'packages/mocks/dist/cli.js'), '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const fail = (message) => {
  console.error(`pps-mock-server smoke test failed: ${message}`);
  child.kill('SIGKILL');
  process.exit(1);
};
const timer = setTimeout(() => fail('no answer within 15 s'), 15_000);

let output = '';
child.stdout.on('data', async (chunk) => {
  output += chunk;
  const url = /mock server on (http:\/\/\S+)/.exec(output)?.[1];
  if (!url || child.checked) return;
  child.checked = true;
  const response = await fetch(`${url}/fhir/metadata`).catch((error) => fail(String(error)));
  const body = await response.json();
  if (body.resourceType !== 'CapabilityStatement')
    fail(`unexpected metadata: ${JSON.stringify(body).slice(0, 200)}`);
  child.kill('SIGTERM');
});
child.on('exit', (code) => {
  clearTimeout(timer);
  if (!child.checked) fail(`exited before serving (code ${code})\n${output}`);
  if (code !== 0) fail(`SIGTERM gave exit code ${code}`);
  console.log('pps-mock-server smoke test passed: served metadata and stopped cleanly on SIGTERM.');
});

// `npm start`: the sandbox (with demo data) and the console together. Flags go to the sandbox,
// e.g. `npm start -- --memory` or `npm start -- --port 9000`.
import { spawn } from 'node:child_process';
import { consoleConfigJson, startSandbox, waitForHttp } from './process-helpers.mjs';

const args = process.argv.slice(2);
const { child: sandbox, url: sandboxUrl } = await startSandbox(args);
const consolePort = process.env.CONSOLE_PORT ?? '5173';
const vite = spawn(
  'npx',
  ['vite', '--port', consolePort, '--strictPort', '--clearScreen', 'false'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CONSOLE_CONFIG_JSON: consoleConfigJson(sandboxUrl) },
  },
);
const consoleUrl = `http://localhost:${consolePort}`;
await waitForHttp(consoleUrl);
console.log(`\nConsole ready: open ${consoleUrl} and sign in to "Local sandbox" as a demo user.`);
console.log('Press Ctrl+C to stop.');

function stop() {
  vite.kill('SIGTERM');
  sandbox.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.once('exit', () => sandbox.kill('SIGTERM'));
sandbox.once('exit', () => vite.kill('SIGTERM'));

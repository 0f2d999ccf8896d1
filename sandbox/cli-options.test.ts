import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-options.ts';
import type { CliResult } from './cli-options.ts';
import { DEFAULT_DATA_FILE } from './config.ts';
import type { SandboxOptions } from './config.ts';

function optionsOf(result: CliResult): SandboxOptions {
  if (result.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(result)}`);
  return result.options;
}

function errorOf(result: CliResult): string {
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return result.message;
}

describe('parseCliArgs', () => {
  it('has the documented defaults', () => {
    const options = optionsOf(parseCliArgs([]));
    expect(options).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      memory: false,
      dataFile: DEFAULT_DATA_FILE,
      seed: { kind: 'demo' },
      allowedOrigins: [],
      consoleClientId: 'sandbox-console',
      clientId: 'sandbox-client',
      clientSecret: 'sandbox-secret',
      consoleRedirects: [],
      tokenTtlSeconds: 86400,
      rateLimit: { kind: 'off' },
      faults: null,
      log: 'errors',
    });
    expect(DEFAULT_DATA_FILE).toMatch(/data[\\/]sandbox\.db$/);
  });

  it('reads every flag', () => {
    const options = optionsOf(
      parseCliArgs(
        [
          '--port=0',
          '--host',
          '0.0.0.0',
          '--data',
          'tmp/x.db',
          '--seed',
          '500',
          '--allowed-origin',
          'https://console.example/',
          '--allowed-origin',
          'http://other.example:8080',
          '--console-client-id',
          'my-console',
          '--console-redirect',
          'https://console.example/cb',
          '--client-id',
          'my-client',
          '--client-secret',
          's3cret',
          '--token-ttl',
          '60',
          '--rate-limit',
          '300',
          '--faults',
          '503=0.05,429=0.1,latency=10-200',
          '--log',
        ],
        '/work',
      ),
    );
    expect(options).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataFile: '/work/tmp/x.db',
      seed: { kind: 'count', count: 500 },
      allowedOrigins: ['https://console.example', 'http://other.example:8080'],
      consoleClientId: 'my-console',
      consoleRedirects: ['https://console.example/cb'],
      clientId: 'my-client',
      clientSecret: 's3cret',
      tokenTtlSeconds: 60,
      rateLimit: { kind: 'perMinute', requests: 300 },
      faults: {
        errorRates: [
          { status: 503, probability: 0.05 },
          { status: 429, probability: 0.1 },
        ],
        latency: { minMs: 10, maxMs: 200 },
      },
      log: 'requests',
    });
  });

  it('accepts --memory and the seed words', () => {
    expect(optionsOf(parseCliArgs(['--memory', '--seed', 'none']))).toMatchObject({
      memory: true,
      seed: { kind: 'none' },
    });
  });

  it('returns the help text for --help', () => {
    const result = parseCliArgs(['--help']);
    expect(result.kind).toBe('help');
    if (result.kind === 'help') expect(result.text).toContain('--rate-limit');
  });

  it.each([
    [['--memory', '--data', 'x.db'], /--memory and --data/],
    [['--port', '70000'], /--port/],
    [['--port', 'abc'], /--port/],
    [['--port', '-1'], /--port|argument/],
    [['--seed', 'banana'], /--seed/],
    [['--seed', '0'], /--seed/],
    [['--token-ttl', '0'], /--token-ttl/],
    [['--rate-limit', 'fast'], /--rate-limit/],
    [['--faults', '418=0.5'], /--faults/],
    [['--faults', '503=2'], /--faults/],
    [['--faults', '503=0.7,500=0.7'], /add up/],
    [['--allowed-origin', 'https://x.example/path'], /--allowed-origin/],
    [['--console-redirect', 'ftp://x.example/'], /--console-redirect/],
    [['--client-id', 'same', '--console-client-id', 'same'], /must differ/],
    [['--bogus'], /bogus/],
  ])('refuses %j with one clear sentence', (argv, pattern) => {
    const message = errorOf(parseCliArgs(argv));
    expect(message).toMatch(pattern);
    expect(message.split('\n')).toHaveLength(1);
  });
});

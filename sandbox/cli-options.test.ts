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
  // As the README documents them, one by one so a changed default names itself.
  it.each<[keyof SandboxOptions, unknown]>([
    ['port', 8787],
    ['host', '127.0.0.1'],
    ['memory', false],
    ['dataFile', DEFAULT_DATA_FILE],
    ['seed', { kind: 'demo' }],
    ['allowedOrigins', []],
    ['consoleClientId', 'sandbox-console'],
    ['clientId', 'sandbox-client'],
    ['clientSecret', 'sandbox-secret'],
    ['consoleRedirects', []],
    ['strictRedirects', false],
    ['tokenTtlSeconds', 86400],
    ['rateLimit', { kind: 'perMinute', requests: 300 }],
    ['faults', null],
    ['faultsSeed', null],
    ['log', 'errors'],
  ])('defaults %s to %j', (key, value) => {
    expect(optionsOf(parseCliArgs([]))[key]).toEqual(value);
  });

  it('keeps its data file in data/', () => {
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
          '--faults-seed',
          '42',
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
        dropProbability: 0,
        burst429Every: null,
        afterWrite503Probability: 0,
      },
      faultsSeed: 42,
      log: 'requests',
    });
  });

  it('accepts --memory and the seed words', () => {
    expect(optionsOf(parseCliArgs(['--memory', '--seed', 'none']))).toMatchObject({
      memory: true,
      seed: { kind: 'none' },
    });
  });

  it('reads the extended fault keys and --rate-limit off', () => {
    const options = optionsOf(
      parseCliArgs([
        '--rate-limit',
        'off',
        '--faults',
        '503=0.5,drop=0.25,burst429=50,after-write-503=0.1,latency=20',
      ]),
    );
    expect(options.rateLimit).toEqual({ kind: 'off' });
    expect(options.faults).toEqual({
      errorRates: [{ status: 503, probability: 0.5 }],
      latency: { minMs: 20, maxMs: 20 },
      dropProbability: 0.25,
      burst429Every: 50,
      afterWrite503Probability: 0.1,
    });
    expect(optionsOf(parseCliArgs(['--faults', 'off'])).faults).toBeNull();
  });

  it('returns the help text for --help', () => {
    const result = parseCliArgs(['--help']);
    expect(result.kind).toBe('help');
    if (result.kind === 'help') {
      expect(result.text).toContain('--rate-limit');
      expect(result.text).toContain('after-write-503=P');
      expect(result.text).toContain('--faults-seed');
      expect(result.text).not.toContain('later version');
    }
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
    [['--faults', '503=0.7,drop=0.4'], /add up/],
    [['--faults', 'drop=0'], /drop/],
    [['--faults', 'after-write-503=1.5'], /after-write-503/],
    [['--faults', 'burst429=5'], /burst429/],
    [['--faults', 'burst429=x'], /burst429/],
    [['--faults-seed', '-3'], /--faults-seed|argument/],
    [['--faults-seed', '99999999999'], /--faults-seed/],
    [['--allowed-origin', 'https://x.example/path'], /--allowed-origin/],
    [['--console-redirect', 'ftp://x.example/'], /--console-redirect/],
    [['--client-id', 'same', '--console-client-id', 'same'], /must differ/],
    [['--bogus'], /bogus/],
  ])('refuses %j with one clear sentence', (argv, pattern) => {
    const message = errorOf(parseCliArgs(argv));
    expect(message).toMatch(pattern);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('reads --strict-redirects, which needs a registered redirect URI', () => {
    const options = optionsOf(
      parseCliArgs(['--strict-redirects', '--console-redirect', 'https://console.example/cb']),
    );
    expect(options.strictRedirects).toBe(true);
    expect(options.consoleRedirects).toEqual(['https://console.example/cb']);
    expect(errorOf(parseCliArgs(['--strict-redirects']))).toMatch(
      /--strict-redirects .*--console-redirect/,
    );
    expect(errorOf(parseCliArgs(['--strict-redirects=yes']))).toMatch(/strict-redirects/);
  });
});

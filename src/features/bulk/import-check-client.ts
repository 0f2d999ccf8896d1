import type {
  CheckRequest,
  CheckResponse,
  CheckSummary,
  ParsedSummary,
  PreparedFile,
} from './import-check-protocol';
import type { ImportEntity } from './import-entity';
import type { ImportSchema } from './csv-custom-fields';
import type { ColumnMapping } from './header-mapping';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distribute<CheckRequest>;

export interface CheckProgress {
  done: number;
  total: number;
}

/**
 * The page's side of the import's Web Worker: one worker per chosen file (it holds the parsed
 * file), each request answered by its id; a newer check makes an older one's answer moot, which
 * the caller sees by comparing what it asked.
 */
export function createImportChecker() {
  const worker = new Worker(new URL('./import-check.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import-check',
  });
  let nextId = 1;
  const pending = new Map<
    number,
    {
      resolve: (response: CheckResponse) => void;
      reject: (error: Error) => void;
      onProgress?: ((progress: CheckProgress) => void) | undefined;
    }
  >();
  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.kind === 'progress') {
      waiting.onProgress?.({ done: response.done, total: response.total });
      return;
    }
    pending.delete(response.id);
    if (response.kind === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  };
  worker.onerror = (event) => {
    const error = new Error(`Checking the file failed: ${event.message || 'the worker stopped'}.`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const ask = (request: Request, onProgress?: (progress: CheckProgress) => void) =>
    new Promise<CheckResponse>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...request, id } as CheckRequest);
    });

  return {
    async parse(file: File): Promise<ParsedSummary> {
      const response = await ask({ kind: 'parse', file, fileName: file.name });
      if (response.kind !== 'parsed') throw new Error('The worker answered out of turn.');
      return response.summary;
    },
    async check(
      mapping: ColumnMapping,
      phoneCountry: string,
      schema: ImportSchema | null,
      rows: boolean,
      entity: ImportEntity,
      onProgress?: (progress: CheckProgress) => void,
      externalSourceId = '',
    ): Promise<CheckSummary> {
      const response = await ask(
        { kind: 'check', mapping, phoneCountry, schema, rows, entity, externalSourceId },
        onProgress,
      );
      if (response.kind !== 'checked') throw new Error('The worker answered out of turn.');
      return response.summary;
    },
    async prepare(
      mapping: ColumnMapping,
      phoneCountry: string,
      schema: ImportSchema | null,
      onProgress?: (progress: CheckProgress) => void,
      externalSourceId = '',
    ): Promise<PreparedFile> {
      const response = await ask(
        { kind: 'prepare', mapping, phoneCountry, schema, externalSourceId },
        onProgress,
      );
      if (response.kind !== 'prepared') throw new Error('The worker answered out of turn.');
      return response.file;
    },
    stop: () => worker.terminate(),
  };
}

export type ImportChecker = ReturnType<typeof createImportChecker>;

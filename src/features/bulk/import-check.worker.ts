/// <reference lib="webworker" />
import type { CheckRequest, CheckResponse } from './import-check-protocol';
import { checkRows, prepareJobFile, summarise } from './import-check-work';
import { parseCsvText, type ParsedCsv } from './parse-csv';

/** Reads and checks an import's file off the page's thread (import-check-protocol.ts). */
declare const self: DedicatedWorkerGlobalScope;

let csv: ParsedCsv | null = null;

const reply = (message: CheckResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  const progress = (done: number, total: number) =>
    reply({ id: request.id, kind: 'progress', done, total });
  try {
    switch (request.kind) {
      case 'parse': {
        const parsed = parseCsvText(await request.file.text(), `“${request.fileName}”`);
        if (!parsed.ok) {
          csv = null;
          reply({ id: request.id, kind: 'failed', message: parsed.message });
          return;
        }
        csv = parsed.csv;
        reply({ id: request.id, kind: 'parsed', summary: summarise(csv) });
        return;
      }
      case 'check':
      case 'prepare': {
        if (!csv) throw new Error('No file has been read yet.');
        if (request.kind === 'check') {
          const summary = checkRows(
            csv,
            request.mapping,
            request.phoneCountry,
            request.schema,
            request.rows,
            progress,
            request.entity,
            request.externalSourceId,
          );
          reply({ id: request.id, kind: 'checked', summary });
        } else {
          const file = prepareJobFile(
            csv,
            request.mapping,
            request.phoneCountry,
            request.schema,
            progress,
            request.externalSourceId,
          );
          reply({ id: request.id, kind: 'prepared', file });
        }
        return;
      }
    }
  } catch (error) {
    reply({
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

import { useEffect, useState } from 'react';
import type { CheckProgress, ImportChecker } from './import-check-client';
import type { CheckSummary } from './import-check-protocol';
import type { ImportSchema } from './csv-custom-fields';
import type { ColumnMapping } from './header-mapping';
import type { ImportEntity } from './import-entity';

/**
 * Every row checked in the Web Worker whenever the mapping or the phone country changes; the
 * answer to an older question is dropped. `rows` asks for each checked row (the in-browser path
 * shows and sends them); a job only needs the counts and the problems.
 */
export function useImportCheck(
  checker: ImportChecker | undefined,
  mapping: ColumnMapping | undefined,
  phoneCountry: string,
  schema: ImportSchema | null,
  rows: boolean,
  enabled: boolean,
  entity: ImportEntity = 'contacts',
  /** The external source of the External id column's ids. */
  externalSourceId = '',
) {
  const question =
    checker && mapping && enabled
      ? JSON.stringify([
          mapping,
          phoneCountry,
          schema?.id,
          schema?.version,
          rows,
          entity,
          externalSourceId,
        ])
      : '';
  const [answer, setAnswer] = useState<{
    question: string;
    checker: ImportChecker;
    summary?: CheckSummary;
    error?: string;
  } | null>(null);
  const [progress, setProgress] = useState<{ question: string; at: CheckProgress } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!question || !checker || !mapping) return;
    let live = true;
    checker
      .check(
        mapping,
        phoneCountry,
        schema,
        rows,
        entity,
        (at) => {
          if (live) setProgress({ question, at });
        },
        externalSourceId,
      )
      .then((summary) => {
        if (live) setAnswer({ question, checker, summary });
      })
      .catch((error: unknown) => {
        if (live) {
          setAnswer({
            question,
            checker,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      });
    return () => {
      live = false;
    };
    // question holds mapping, phoneCountry, the schema, rows, the entity and the source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [question, checker, attempt]);

  const current = answer?.question === question && answer.checker === checker ? answer : null;
  return {
    summary: current?.summary ?? null,
    error: current?.error ?? null,
    progress: !current && progress?.question === question ? progress.at : null,
    checking: Boolean(question) && !current,
    retry: () => {
      setAnswer(null);
      setAttempt((value) => value + 1);
    },
  };
}

// The console's own modules (src/), loaded into a Node-side bench script. They import each other
// through the `@/` alias of tsconfig.app.json, which the Node config does not have: the alias is
// resolved at run time by a loader hook, and modules are imported by path. Callers type the few
// shapes they use, so src/ does not have to type-check under the Node config.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const srcUrl = pathToFileURL(`${process.cwd()}/src/`).href;
const aliasHook = `export async function resolve(specifier, context, next) {
  return next(specifier.startsWith('@/') ? ${JSON.stringify(srcUrl)} + specifier.slice(2) : specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(aliasHook)}`);

/** Imports `src/<path>`, typed as the caller says. */
export const loadConsoleModule = <T>(path: string) => import(`${srcUrl}${path}`) as Promise<T>;

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** The console's export layout (src/features/bulk/export-csv.ts): what its importer reads back. */
export async function consoleCsvWriter() {
  return loadConsoleModule<{
    contactsTable: (contacts: readonly Record<string, unknown>[]) => CsvTable;
    csvFileText: (table: CsvTable) => string;
  }>('features/bulk/export-csv.ts');
}

// A contacts file as people import it: the console's own export layout (so it maps without a
// touch), named contacts from the sandbox's seed generators, each with an email and a cell phone
// no seeded contact holds, so a job that matches on email and phone finds nothing to skip and
// its dry run passes every row.
import { generateContacts } from '../sandbox/seed/contacts.ts';
import { createRng } from '../sandbox/seed/random.ts';
import { consoleCsvWriter } from './console-modules.ts';

/** What a generated contact keeps: names and details, none of its identities. */
const KEPT_FIELDS = ['firstName', 'middleName', 'lastName', 'salutation', 'title', 'address'];

/**
 * `count` rows; `runTag` makes the emails unique to the run. Phones are +1 646-2xx-xxxx, a New
 * York range the seed never draws from (libphonenumber holds every one valid), numbered from
 * `firstPhone` by row: a million in all, so two files of one run take different ranges.
 */
export async function importFileText(
  count: number,
  runTag: string,
  { seed = 11, firstPhone = 0 } = {},
): Promise<string> {
  if (firstPhone + count > 1_000_000) throw new Error('The phone range holds 1,000,000 rows.');
  const rng = createRng(seed);
  const people: Record<string, unknown>[] = [];
  while (people.length < count) {
    for (const { body } of generateContacts(Math.min(10_000, count), rng)) {
      const generated = body as unknown as Record<string, unknown>;
      if (people.length >= count || !(generated.firstName || generated.lastName)) continue;
      const row = people.length;
      const digits = String(firstPhone + row).padStart(6, '0');
      const person: Record<string, unknown> = { id: '', surveyOptOut: false };
      for (const field of KEPT_FIELDS) {
        if (generated[field] !== undefined) person[field] = generated[field];
      }
      person.workEmail = `${runTag}.${row}@import-bench.example.com`;
      person.cellPhone = { display: `+1 646-2${digits.slice(0, 2)}-${digits.slice(2)}` };
      people.push(person);
    }
  }
  const { contactsTable, csvFileText } = await consoleCsvWriter();
  return csvFileText(contactsTable(people));
}

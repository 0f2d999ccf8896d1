import * as z from 'zod/mini';

/**
 * Imported for its effect by the models browser code parses with. Classic zod installed its
 * English messages on first use; zod/mini installs none, so the messages zod writes itself (a
 * schema document's field of the wrong type, as the schema editor lists it) would read only
 * "Invalid input". A locale configured earlier wins.
 */
if (!z.config().localeError) z.config(z.locales.en());

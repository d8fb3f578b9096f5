// zod's functional build (zod/mini): the same schemas and types as full zod at a third of its
// size in the page (8 KB gzip against 25 KB, measured on the schemas below).
// Every module takes zod from here, so this runs before any schema is built: zod otherwise
// probes `new Function('')` when it builds an object schema, and the site's Content-Security-
// Policy (no 'unsafe-eval') reports that probe as a violation even though zod catches it.
import { z } from 'zod/mini';
z.config({ jitless: true });

export { z };

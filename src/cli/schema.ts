/**
 * `npm run schema` writes the sorted SDL to schema/schema.graphql; `schema:check` fails when
 * the committed file differs from what the code builds (the schema is a reviewed artifact).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { registrySchema } from '../app.js';
import { printSortedSchema } from '../platform/graphql/schema.js';

const FILE = 'schema/schema.graphql';
const sdl = printSortedSchema(await registrySchema());
if (process.argv[2] === 'write') {
  fs.mkdirSync('schema', { recursive: true });
  fs.writeFileSync(FILE, sdl);
  console.log(`wrote ${FILE}`);
} else {
  const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  if (committed !== sdl) {
    console.error(`${FILE} is stale: run npm run schema and commit it`);
    process.exit(1);
  }
  console.log(`${FILE} is current`);
}

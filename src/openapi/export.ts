import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildOpenApiFromConfig } from './openapi-document';

/** Writes the OpenAPI document generated from the code (for linting and for client generation). */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'openapi.json';
  const doc = await buildOpenApiFromConfig();
  writeFileSync(out, JSON.stringify(doc, null, 2));
  process.stdout.write(`wrote ${out}: ${Object.keys(doc.paths).length} paths\n`);
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});

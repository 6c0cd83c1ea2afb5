// npm run data:check -- [--json] [--data DIR] [--index ID] FILE...
// Checks CSV files with the same code the browser uses, against the registry in data/ (or DIR).
// Exit 0: no file has an error (warnings allowed); 1: some file has one; 2: bad usage.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFiles, formatText, parseArgs, USAGE } from './data-check-lib';

const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`data:check: ${parsed.message}\n${USAGE}\n`);
  process.exit(2);
}
const { json, dataDir, options, files } = parsed.args;
const dir = resolve(dataDir);
for (const f of ['units.csv', 'indicators.csv']) {
  if (!existsSync(join(dir, f))) {
    process.stderr.write(
      `data:check: ${join(dir, f)} not found (--data DIR must hold units.csv and indicators.csv)\n`,
    );
    process.exit(2);
  }
}
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) {
  process.stderr.write(`data:check: no such file: ${missing.join(', ')}\n`);
  process.exit(2);
}
const readText = (name: string): string | undefined => {
  const p = join(dir, name);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
};
const report = checkFiles(
  files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(f)) })),
  readText,
  options,
);
if (json) process.stdout.write(`${JSON.stringify(report.json)}\n`);
else process.stdout.write(formatText(report));
process.exit(report.errors > 0 ? 1 : 0);

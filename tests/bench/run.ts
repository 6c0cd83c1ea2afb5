// npm run bench [-- --json] [-- --only import|browser|upload|lighthouse]
// Figures are ratios against a baseline measured in the same process (or browser), so they mean
// the same on a slower machine. Inputs come from a seeded generator into .bench/ (git-ignored).

import { importFigures } from './import';
import { browserFigures } from './browser';
import { uploadFigures } from './upload';
import { lighthouseFigures } from './lighthouse';
import { withinBudget, type Figure } from './figure';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const figures: Figure[] = [];
if (!only || only === 'browser') figures.push(...(await browserFigures()));
if (!only || only === 'upload') figures.push(...(await uploadFigures()));
if (!only || only === 'lighthouse') figures.push(...(await lighthouseFigures()));
// Last: the import benchmark fills this process's heap with millions of objects, and its
// garbage collection would disturb the browser measurements if they came after it.
if (!only || only === 'import') figures.push(...importFigures());

if (json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
else {
  for (const f of figures) {
    const verdict =
      f.budget === null
        ? ''
        : withinBudget(f)
          ? '  ok'
          : `  OVER BUDGET (${f.better} is better, budget ${f.budget})`;
    process.stdout.write(
      `${f.name.padEnd(24)} ${String(f.value).padStart(12)} ${f.unit}${verdict}\n`,
    );
  }
}

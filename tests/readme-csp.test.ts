// The README's deployment section gives servers the same policy the build ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../csp';

describe('README', () => {
  it('documents the Content-Security-Policy the build ships', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
  });
});

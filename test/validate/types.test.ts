import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderTypes } from '../../scripts/render-types';

// The public payload types are rendered from the schemas and their descriptions
// (scripts/render-types.ts) and committed. This fails when the committed file is not what the
// schemas render today; `npm run types:update` (UPDATE_TYPES=1) rewrites it.
const file = new URL('../../src/validate/types.generated.ts', import.meta.url);

test('src/validate/types.generated.ts is what the schemas render', () => {
  const rendered = renderTypes();
  if (process.env['UPDATE_TYPES'] === '1') writeFileSync(file, rendered);
  expect(readFileSync(file, 'utf8'), 'src/validate/types.generated.ts is out of date: run `npm run types:update` and commit it').toBe(rendered);
});

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { cli } from '../../tsup.config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the CLI built for this test run. */
    cliPath: string;
  }
}

// Builds the CLI from src/ with the same tsup options as `npm run build`, into a folder of its own
// (under node_modules, so the bundle resolves its dependencies), so that tests never race a
// concurrent `npm run build` over dist/ and `npm test` works on a clean clone.
const outDir = join(process.cwd(), 'node_modules', '.cache', 'dispatch-workorder-cli-test', String(process.pid));

export async function setup(project: TestProject): Promise<void> {
  await build({ ...cli, outDir, clean: false, config: false, silent: true, sourcemap: false });
  project.provide('cliPath', join(outDir, 'index.js'));
}

export async function teardown(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
}

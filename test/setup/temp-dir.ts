import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup: every temporary file and folder of a test run (`mkdtempSync(join(tmpdir(), …))` in
 * the tests, the CLI's child processes, the packed-package projects) goes into one folder of the
 * run, removed when the run ends, so that runs leave nothing behind in the system's temporary
 * folder. The test workers and their child processes inherit `TMPDIR`, which `os.tmpdir()` reads.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'dwo-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(root, { recursive: true, force: true });
  };
}

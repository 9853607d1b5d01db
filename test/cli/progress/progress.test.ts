import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { shouldShowProgress, startProgress } from '../../../src/cli/progress/progress';

/** A fake stderr: a terminal or not, capturing what is written. */
function terminal(isTTY: boolean): Writable & { isTTY: boolean; columns: number; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return Object.assign(stream, { isTTY, columns: 120, text: () => text, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
}

describe('shouldShowProgress', () => {
  it('only on a terminal, never with --quiet', () => {
    expect(shouldShowProgress({ stream: terminal(true), total: 10, quiet: false })).toBe(true);
    expect(shouldShowProgress({ stream: terminal(false), total: 10, quiet: false })).toBe(false);
    expect(shouldShowProgress({ stream: terminal(true), total: 10, quiet: true })).toBe(false);
  });
});

describe('startProgress', () => {
  it('writes issue lines straight through and draws nothing when stderr is not a terminal', async () => {
    const stream = terminal(false);
    const progress = startProgress({ stream, total: 100, quiet: false, delayMs: 0 });
    progress.update(5, 50);
    progress.log('record 1: (root) invalid_json: x\n');
    await sleep(20);
    expect(progress.active()).toBe(false);
    progress.stop();
    expect(stream.text()).toBe('record 1: (root) invalid_json: x\n');
  });

  it('writes lines straight through on a terminal until the bar appears, then above it, the last one too', async () => {
    const stream = terminal(true);
    const progress = startProgress({ stream, total: 100, quiet: false, delayMs: 30 });
    progress.log('record 1: (root) invalid_json: before\n');
    expect(stream.text()).toBe('record 1: (root) invalid_json: before\n');
    await sleep(60);
    expect(progress.active()).toBe(true);
    progress.log('record 2: (root) invalid_json: above\n');
    // Stopped at once, before the bar's next redraw: the line is still written.
    progress.stop();
    expect(stream.text()).toContain('record 2: (root) invalid_json: above\n');
  });

  it('draws nothing for a run shorter than the delay', async () => {
    const stream = terminal(true);
    const progress = startProgress({ stream, total: 100, quiet: false, delayMs: 1000 });
    progress.update(5, 50);
    progress.stop();
    await sleep(20);
    expect(stream.text()).toBe('');
  });

  it('draws a bar with percentage, records and rate when the size is known', async () => {
    const stream = terminal(true);
    const progress = startProgress({ stream, total: 200, quiet: false, delayMs: 0 });
    await sleep(20);
    expect(progress.active()).toBe(true);
    progress.update(10, 100);
    await sleep(150);
    progress.stop();
    expect(stream.text()).toMatch(/\[={20}-{20}\] 50% \| ETA \S+ \| 10 records \| \d+ records\/s/);
  });

  it('draws records and rate without a bar when the size is unknown (stdin)', async () => {
    const stream = terminal(true);
    const progress = startProgress({ stream, total: undefined, quiet: false, delayMs: 0 });
    await sleep(20);
    progress.update(42, 1000);
    await sleep(150);
    progress.stop();
    expect(stream.text()).toMatch(/42 records \| \d+ records\/s/);
    expect(stream.text()).not.toContain('%');
  });
});

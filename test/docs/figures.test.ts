import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// A measured figure in the docs (a speed, a rate, a bundle size) is either written by the script
// that measures it, in a generated block (`<!-- NAME:start … -->`, e.g. `npm run size -- --update`),
// or stands in a section that says the command and the date that produced it, so that a reader can
// tell how old it is and measure it again. A section is the text under one heading.

const root = new URL('../../', import.meta.url);
const FILES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** A measured speed, rate or bundle size: `27 µs`, `8,900 records/s`, `45,000 … per second`, `58.8 kB`. */
const FIGURE = /\d[\d,.]*(?:–[\d,.]+)? ?(?:µs|records\/s|kB\b)|\d[\d,.]* [A-Za-z ]{0,40}per second/;
/** A date, and a command in code: what a section needs around its figures. */
const DATE = /\b20\d\d-\d\d-\d\d\b/;
const COMMAND = /`(?:npm run [\w:.-]+|node [\w./-]+\.m?js)[^`]*`/;

function sections(text: string): { heading: string; body: string }[] {
  const withoutBlocks = text.replace(/<!-- ([\w-]+):start\b[\s\S]*?<!-- \1:end -->/g, '');
  const withoutCode = withoutBlocks.replace(/^```[\s\S]*?^```/gm, '');
  return withoutCode.split(/^(?=#{1,4} )/m).map((body) => ({ heading: body.split('\n', 1)[0]!, body }));
}

test.each(FILES)('%s: every measured figure is generated, or its section names the command and the date', (file) => {
  const undated = sections(readFileSync(new URL(file, root), 'utf8'))
    .filter(({ body }) => FIGURE.test(body) && !(DATE.test(body) && COMMAND.test(body)))
    .map(({ heading, body }) => `${heading}: ${FIGURE.exec(body)![0]}`);
  expect(undated).toEqual([]);
});

test('the rule sees figures: a speed without its command and date is caught, a generated block is not', () => {
  const figures = (text: string) => sections(text).filter(({ body }) => FIGURE.test(body) && !(DATE.test(body) && COMMAND.test(body))).length;
  expect(figures('## Speed\n\nAbout 27 µs per record.\n')).toBe(1);
  expect(figures('## Speed\n\nAbout 27 µs per record (`npm run bench`, 2026-11-29).\n')).toBe(0);
  expect(figures('## Size\n\n<!-- size:start (generated) -->\n| a | 58.8 kB |\n<!-- size:end -->\n')).toBe(0);
  expect(figures('## Rate\n\nabout 20,000 Job Offers migrated per second\n')).toBe(1);
});

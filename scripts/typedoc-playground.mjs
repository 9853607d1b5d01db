// A TypeDoc plugin (typedoc.json): builds the playground page into the site's `playground/` folder
// once the site is written (so that it lands wherever `out` points), and links it at the top of the
// sidebar of every page. The page itself is docs/playground; scripts/build-playground.mjs builds it.
import { join } from 'node:path';
import { JSX } from 'typedoc';
import { buildPlayground } from './build-playground.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.hooks.on('sidebar.begin', (context) =>
    JSX.createElement('nav', { class: 'tsd-navigation' }, JSX.createElement('a', { href: context.relativeURL('playground/index.html') }, 'Playground: try a payload')),
  );
  app.renderer.postRenderAsyncJobs.push((event) => buildPlayground(join(event.outputDirectory, 'playground')));
}

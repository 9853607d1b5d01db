// A TypeDoc plugin (typedoc.json) that makes `npm run docs` one site of guides and reference:
//
// - the option `siteDocuments` lists the Markdown guides by sidebar category, in reading order, with
//   their sidebar titles (`{ "Guides": { "docs/migrating.md": "Migrating", … } }`); they become the
//   project's documents, so that a relative link to one (`[cli.md](cli.md)`, `docs/cli.md` from the
//   README, `../../docs/time.md` from a doc comment) opens its page, and the files stay free of
//   front matter (they are read on GitHub and in the installed package too);
// - the sidebar opens with the guides, then the modules (the package's entry points, named by
//   their import path), each grouped by its `@category` tags (theme `dispatch-workorder`);
// - in the guides and the landing page (the README), inline code that names an export
//   (`migrateJobOffer`, `requests.acceptJob`, `dispatch-workorder/timezone`) links to its reference
//   page, while the Markdown itself stays plain for GitHub and the installed package;
// - the unions `ErrorCode` and `WarningCode` list what each code means and how to fix it, from the
//   code's own documentation (`ISSUE_CODE_DOCS` in src/issues/codes.ts, which also renders
//   docs/issues.md's tables), so that the reference and the guide cannot drift;
// - the playground (docs/playground) is built into the site by its own plugin,
//   scripts/typedoc-playground.mjs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { Application, CommentTag, Converter, DefaultTheme, MinimalSourceFile, ParameterType, ReflectionKind } from 'typedoc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {Application} app */
export async function load(app) {
  app.options.addDeclaration({
    name: 'siteDocuments',
    help: 'The Markdown documents of the site, by sidebar category, each with its sidebar title.',
    type: ParameterType.Mixed,
    defaultValue: {},
  });

  /** @type {Map<string, { title: string, category: string }>} absolute path → title and category */
  const documents = new Map();
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    /** @type {Record<string, Record<string, string>>} */
    const byCategory = app.options.getValue('siteDocuments');
    for (const [category, files] of Object.entries(byCategory)) {
      for (const [file, title] of Object.entries(files)) documents.set(resolve(root, file), { title, category });
    }
    app.options.setValue('projectDocuments', [...documents.keys()]);
  });

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const path = app.files.getReflectionPath(document);
    const entry = path === undefined ? undefined : documents.get(resolve(path));
    if (entry === undefined) {
      app.logger.error(`typedoc-site: the document ${document.name} is not listed in siteDocuments`);
      return;
    }
    document.name = entry.title;
    document.frontmatter['category'] = entry.category;
  });

  const { ISSUE_CODE_DOCS } = await tsImport('../src/issues/codes.ts', import.meta.url);
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const { project } = context;
      // The entry points are not in a category: they head the sidebar, under the guides.
      for (const module of project.children ?? []) {
        if (module.kindOf(ReflectionKind.Module)) module.comment?.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: 'none' }]));
      }
      // Each code of the two unions, with its meaning and its fix.
      const guide = join(root, 'docs/issues.md');
      for (const [name, fixLabel] of [
        ['ErrorCode', 'How to fix'],
        ['WarningCode', 'What to do'],
      ]) {
        const alias = project.getReflectionsByKind(ReflectionKind.TypeAlias).find((r) => r.name === name);
        if (alias?.type?.type !== 'union') {
          app.logger.error(`typedoc-site: ${name} is not a union of its codes: declare it as one`);
          continue;
        }
        alias.type.elementSummaries = alias.type.types.map((type) => {
          const doc = type.type === 'literal' ? ISSUE_CODE_DOCS[String(type.value)] : undefined;
          if (doc === undefined) {
            app.logger.error(`typedoc-site: ${name} has a member without an entry in ISSUE_CODE_DOCS`);
            return [];
          }
          // Parsed as Markdown from docs/issues.md, so that its relative links resolve as the guide's do.
          const text = `${doc.meaning} Example: ${doc.example}. ${fixLabel}: ${doc.fix}`;
          return app.converter.parseRawComment(new MinimalSourceFile(text, guide), project.files).content;
        });
      }
    },
    // Before the category plugin reads the tags.
    1000,
  );

  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const { project } = context;
      const targets = linkTargets(project);
      const link = (parts) =>
        parts.map((part) => {
          const name = part.kind === 'code' ? part.text.match(/^`([^`\n]+?)(\(\))?`$/) : null;
          const target = name ? targets.get(name[1]) : undefined;
          return target === undefined ? part : { kind: 'inline-tag', tag: '@linkcode', text: part.text.slice(1, -1), target };
        });
      if (project.readme) project.readme = link(project.readme);
      for (const document of project.getReflectionsByKind(ReflectionKind.Document)) document.content = link(document.content);
    },
    // After typedoc's own link resolution.
    -1000,
  );

  app.renderer.defineTheme('dispatch-workorder', SiteTheme);
}

/** The default theme, with the guides first in the sidebar (typedoc lists uncategorized entries, here the modules, first). */
class SiteTheme extends DefaultTheme {
  /** @param {import('typedoc').ProjectReflection} project */
  buildNavigation(project) {
    const navigation = super.buildNavigation(project);
    const guides = navigation.filter((element) => element.path === undefined && element.text === 'Guides');
    return [...guides, ...navigation.filter((element) => !guides.includes(element))];
  }
}

/**
 * The names inline code may use for a reference page: each module by its import path, and each
 * export by its name (a namespace member as `requests.acceptJob`). The testing kit's arbitraries
 * are left out: `jobOffer` or `workOrder` in a guide is more often a variable than the arbitrary.
 * @param {import('typedoc').ProjectReflection} project
 */
function linkTargets(project) {
  const targets = new Map();
  const ambiguous = new Set(['address', 'anyJson', 'broken', 'emailAddress', 'jobOffer', 'phoneNumber', 'workOrder']);
  for (const module of project.children ?? []) {
    if (!module.kindOf(ReflectionKind.Module)) continue;
    targets.set(module.name, module);
    for (const child of module.children ?? []) {
      if (ambiguous.has(child.name) || targets.has(child.name)) continue;
      targets.set(child.name, child);
      if (child.kindOf(ReflectionKind.Namespace)) for (const member of child.children ?? []) targets.set(`${child.name}.${member.name}`, member);
    }
  }
  return targets;
}

// `npm run lint:deps`: the layers of src/ point one way. From the bottom: shared helpers and issue
// types; normalizers; time math; schemas (structure and normalization only); business rules; the
// Work Order check; migration; then the request builders, and on top the API client, the CLI and
// the testing kit. A module may import its own layer and the layers below it, never one above; the
// core never imports the client, the CLI or the testing kit.
const LAYERS = [
  ['_lib', 'issues'],
  ['normalize'],
  ['time'],
  ['schemas'],
  ['rules'],
  ['validate'],
  ['migrate'],
  ['requests'],
  ['client', 'cli', 'testing'],
];

const folder = (name) => `^src/${name}/`;
const forbidden = [];
LAYERS.forEach((layer, level) => {
  const above = LAYERS.slice(level + 1).flat();
  if (above.length === 0) return;
  forbidden.push({
    name: `layer-${layer.join('+')}`,
    comment: `${layer.join(', ')} may not import ${above.join(', ')}: layers point down (see .dependency-cruiser.cjs).`,
    severity: 'error',
    from: { path: layer.map(folder) },
    to: { path: above.map(folder) },
  });
});
// The top layer's parts stay apart: the client, the CLI and the testing kit do not import each other.
for (const part of ['client', 'cli', 'testing']) {
  forbidden.push({
    name: `apart-${part}`,
    comment: `${part} may not import the other parts of the top layer.`,
    severity: 'error',
    from: { path: folder(part) },
    to: { path: ['client', 'cli', 'testing'].filter((p) => p !== part).map(folder) },
  });
}
// The public entry lists the API; nothing inside imports it back.
forbidden.push({
  name: 'no-entry-imports',
  comment: 'src/index.ts lists the public API; modules import what they need directly.',
  severity: 'error',
  from: { path: '^src/', pathNot: '^src/index\\.ts$' },
  to: { path: '^src/index\\.ts$' },
});
forbidden.push({ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } });
forbidden.push({
  name: 'no-unresolvable',
  severity: 'error',
  from: {},
  to: { couldNotResolve: true },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

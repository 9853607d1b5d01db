// Writes dist/work-order.schema.json and dist/job-offer.schema.json from the built library's zod
// schemas (`npm run build` runs it after tsup). They describe what a caller may *send*: the input
// side of each schema, so leaves that the library normalizes (phones, postal codes, states, time
// zones) accept the lenient forms it accepts. Business rules that span fields (one primary
// contact, one provider for "direct", windows that start before they end, a postal code in the
// state's country) cannot be written in JSON Schema; `validateWorkOrder` checks them.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Wraps each character class of a code so that a pattern matches it in any case: `MA` → `[Mm][Aa]`. */
function anyCase(code) {
  return [...code].map((c) => (/[A-Za-z]/.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join('');
}

/** The state and province codes a Location's `state` field accepts, found by asking it about each one. */
function acceptedStates(LocationSchema) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const state = LocationSchema.shape.state;
  const codes = [];
  for (const a of letters) {
    for (const b of letters) {
      if (state.safeParse(a + b).success) codes.push(a + b);
    }
  }
  return codes;
}

// The postal code forms of src/normalize/postal-code.ts, in any case and with surrounding
// whitespace (the normalizer trims and uppercases). test/json-schema checks they agree.
const CA_LEAD = 'ABCEGHJ-NPRSTVXYabceghj-nprstvxy';
const CA_LETTER = 'ABCEGHJ-NPRSTV-Zabceghj-nprstv-z';
const POSTAL_CODE = `^\\s*(?:\\d{5}(?:[- ]?\\d{4})?|[${CA_LEAD}]\\d[${CA_LETTER}][ -]?\\d[${CA_LETTER}]\\d)\\s*$`;

/**
 * The JSON Schemas of the Work Order and the Job Offer, from the library's zod schemas (the built
 * ones for the files shipped in dist/, the source ones in tests), keyed by file name.
 */
export function jsonSchemas({ WorkOrderSchema, JobOfferSchema, LocationSchema }, version) {
  // Patterns of the leaves whose zod schema is a transform (read leniently, written canonical), by
  // field name: JSON Schema cannot run the normalizer, so it matches what the normalizer accepts.
  // Every field's `description` is the one in its zod metadata (the source of the TypeScript doc
  // comments too, see scripts/render-types.ts).
  const patterns = {
    state: () => `^\\s*(?:${acceptedStates(LocationSchema).map(anyCase).join('|')})\\s*$`,
    postal_code: () => POSTAL_CODE,
  };

  // The library reads `null` in an optional field as absent (as JSON serializers write it), so the
  // input side accepts it there; a required field that is null is missing, as in the library.
  function allowNull(node) {
    if (Array.isArray(node)) return node.forEach(allowNull);
    if (typeof node !== 'object' || node === null) return;
    for (const value of Object.values(node)) allowNull(value);
    if (node.type !== 'object' || node.properties === undefined) return;
    const required = new Set(node.required ?? []);
    for (const [key, property] of Object.entries(node.properties)) {
      if (required.has(key)) continue;
      const { description: text, ...rest } = property;
      node.properties[key] = { ...(text === undefined ? {} : { description: text }), anyOf: [rest, { type: 'null' }] };
    }
  }

  function generate(schema, title, description) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'throw',
      override(ctx) {
        if (ctx.zodSchema._zod.def.type !== 'pipe') return;
        const pattern = patterns[ctx.path.at(-1)];
        if (pattern !== undefined) ctx.jsonSchema.pattern = pattern();
      },
    });
    allowNull(json);
    const undocumented = propertiesWithout('description', json, '');
    if (undocumented.length > 0) throw new Error(`build-json-schemas: no description (zod .meta({ description })) for ${undocumented.join(', ')}`);
    const { $schema, description: _, ...rest } = json;
    return { $schema, title, description, $comment: `Generated from the zod schemas of dispatch-workorder ${version}; do not edit.`, ...rest };
  }

  return {
    'work-order.schema.json': generate(
      WorkOrderSchema,
      'WorkOrder',
      'A Dispatch Work Order, as sent to POST /v3/workorder. Check it with dispatch-workorder\'s validateWorkOrder too: phone numbers, time zones and the business rules (exactly one primary contact, one service provider for "direct" orchestration, windows that start before they end, a postal code in the country of its state) are not expressible here. Unknown keys are allowed: the library reports and drops them.',
    ),
    'job-offer.schema.json': generate(
      JobOfferSchema,
      'JobOffer',
      'The legacy Dispatch Job Offer payload, structure only: dispatch-workorder\'s migrateJobOffer checks the formats on the Work Order it builds.',
    ),
  };
}

/** The paths of the properties of a JSON Schema (at any depth) that lack `keyword`. */
export function propertiesWithout(keyword, json, path) {
  const found = [];
  const visit = (node, at) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (property[keyword] === undefined) found.push(`${at}/${key}`);
      visit(property, `${at}/${key}`);
    }
    for (const key of ['items', 'additionalProperties']) if (typeof node[key] === 'object') visit(node[key], `${at}/${key === 'items' ? '0' : '*'}`);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const option of node[key] ?? []) visit(option, at);
  };
  visit(json, path);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = new URL('../dist/', import.meta.url);
  const schemas = await import(new URL('index.js', dist).href);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  for (const [name, schema] of Object.entries(jsonSchemas(schemas, version))) {
    writeFileSync(new URL(name, dist), JSON.stringify(schema, null, 2) + '\n');
    // Quiet under `npm run build --silent` (npm start), like tsup.
    if (process.env.npm_config_loglevel !== 'silent') console.log(`JSON Schema dist/${name}`);
  }
}

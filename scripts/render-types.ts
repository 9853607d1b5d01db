// Renders src/validate/types.generated.ts: the public payload types (`WorkOrder` and
// `WorkOrderInput`, `Location` and `LocationInput`, …, `JobOffer` and `JobOfferInput`) as declared
// interfaces with a doc comment on every field, from the zod schemas and the `description` in their
// metadata (the one source of the field docs, which `z.toJSONSchema` also reads for the JSON
// Schemas). Declared types keep their docs in the published `.d.ts`; types inferred from a schema
// do not. test/validate/types.test.ts fails when the committed file differs from a fresh rendering
// (`UPDATE_TYPES=1` rewrites it), and test/validate/types.test-d.ts holds each type mutually
// assignable with what its schema infers.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { entities } from '../src/schemas/entities';
import { OrchestrationSchema } from '../src/schemas/enums';
import { StateSchema } from '../src/schemas/fields';
import { JobOfferSchema } from '../src/schemas/job-offer';
import { WorkOrderStructureDefault } from '../src/schemas/work-order';

/** Input (what may be passed) or output (the canonical form the library returns). */
type Side = 'input' | 'output';

/** How a leaf is typed where its schema alone cannot say it (a normalizing transform, an open set of values). */
interface LeafType {
  readonly input: string;
  readonly output: string;
}

/** A Work Order's state: any case in, the code out. */
const STATE_CODE: LeafType = { input: 'StateCode | (string & {})', output: 'StateCode' };
/** A Job Offer's state: any string, completed with the codes. */
const STATE_TEXT: LeafType = { input: STATE_CODE.input, output: STATE_CODE.input };
/** An open string that editors complete with the values the library knows. */
const suggest = (values: readonly string[]): LeafType => {
  const union = [...values.map(literal), '(string & {})'].join(' | ');
  return { input: union, output: union };
};

const jobOffer = JobOfferSchema.shape;

// Leaves typed beyond what their zod schema says, by schema (the instance in the parent's shape,
// inside any `.optional()`).
const LEAVES = new Map<z.ZodType, LeafType>([
  [StateSchema, STATE_CODE],
  [jobOffer.job.shape.address.shape.state.unwrap(), STATE_TEXT],
  [jobOffer.offer_strategy.unwrap(), suggest(OrchestrationSchema.options)],
  [jobOffer.entities.unwrap().element.shape.type.unwrap(), suggest(['organization'])],
]);

/** Names imported by the generated file, by the module they come from. */
const IMPORTS = [{ names: ['StateCode'], from: '../normalize/state' }];

/** The types declared, in order: each Work Order entity (by its name in the `entities` registry), then the Job Offer. */
interface Declared {
  readonly name: string;
  readonly schema: z.ZodType;
}

/** The second paragraph of each declared type's doc comment: which side it is, and where the other one is. */
function sideNote(name: string, side: Side): string {
  if (name === 'JobOffer') {
    return side === 'input'
      ? 'What you may pass to {@link migrateJobOffer}, which also accepts any other value (and reports what is wrong with it); `null` in an optional field means absent.'
      : 'A Job Offer as {@link JobOfferSchema} parses it; to build one, see {@link JobOfferInput}.';
  }
  return side === 'input'
    ? `What you may pass: each field says what it accepts, and \`null\` in an optional field means absent; the library returns the canonical {@link ${name}}.`
    : `The canonical form, as the library returns it; to build one, see {@link ${name}Input}.`;
}

/** The typedoc category of every declared type (the site groups the reference by what users do). */
const CATEGORY = 'Schemas and types';

/** The guide's example pair (fixtures/pairs/guide-example.*.json, checked by the fixture-pair test), by declared type and side. */
const EXAMPLES: Readonly<Record<string, { readonly fixture: string; readonly intro: Readonly<Record<Side, string>> }>> = {
  WorkOrder: {
    fixture: 'guide-example.work-order.json',
    intro: {
      input: "A Work Order to send (here the one the guide's example Job Offer migrates to):",
      output: "What `migrateJobOffer` returns for the guide's example Job Offer:",
    },
  },
  JobOffer: {
    fixture: 'guide-example.job-offer.json',
    intro: { input: "The guide's example Job Offer:", output: "The guide's example Job Offer, as `JobOfferSchema` parses it:" },
  },
};

/** `value` as a TypeScript literal: on one line where it fits in `width`, else one line per property or item. */
function literalOf(value: unknown, indent = '', width = 100): string {
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const string = (text: string) => (text.includes("'") ? JSON.stringify(text) : `'${text.replace(/\\/g, '\\\\')}'`);
  const inline = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
    if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${key(k)}: ${inline(x)}`).join(', ')} }`;
    return typeof v === 'string' ? string(v) : JSON.stringify(v);
  };
  const flat = inline(value);
  if (indent.length + flat.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${literalOf(v, inner, width)},\n`).join('')}${indent}]`;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${key(k)}: ${literalOf(v, inner, width)},\n`).join('')}${indent}}`;
}

/** The `@example` of a declared type that has one: the guide's example, typed as the declared type. */
function example(name: string, side: Side): string {
  const entry = EXAMPLES[name];
  if (entry === undefined) return '';
  const value: unknown = JSON.parse(readFileSync(new URL(`../fixtures/pairs/${entry.fixture}`, import.meta.url), 'utf8'));
  const variable = name.charAt(0).toLowerCase() + name.slice(1);
  return `\n\n@example\n${entry.intro[side]}\n\`\`\`ts\nconst ${variable}: ${typeName(name, side)} = ${literalOf(value)};\n\`\`\``;
}

/** The declared name of a type on one side: `Location` or `LocationInput`. */
function typeName(name: string, side: Side): string {
  return side === 'input' ? `${name}Input` : name;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

/** The description in a schema's own metadata (not one inherited from the schema it was cloned from). */
function ownDescription(schema: z.ZodType): string | undefined {
  return z.globalRegistry.has(schema) ? z.globalRegistry.get(schema)?.description : undefined;
}

function docComment(text: string, indent: string): string {
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => (line === '' ? `${indent} *\n` : `${indent} * ${line}\n`)).join('')}${indent} */\n`;
}

class Renderer {
  readonly declared: Declared[] = [];
  private readonly names = new Set<string>();

  /** Declares `schema` under `name`, to be rendered on both sides. */
  declare(name: string, schema: z.ZodType): void {
    this.names.add(name);
    this.declared.push({ name, schema });
  }

  /**
   * Declares every entity of the guide found in `root` (the registry of `src/schemas/entities.ts`
   * says which schema is which), in the order its fields first name them, each from the schema
   * registered as the entity (a field's `.meta()` clone of it carries the field's description).
   */
  collect(root: z.ZodType, path: string): void {
    const order: string[] = [];
    const registered = new Map<string, z.ZodType>();
    const walk = (schema: z.ZodType, at: string): void => {
      const entity = entities.get(schema)?.entity;
      if (entity !== undefined && !order.includes(entity)) order.push(entity);
      if (entity !== undefined && entities.has(schema)) registered.set(entity, schema);
      for (const [child, childPath] of children(schema, at)) walk(child, childPath);
    };
    walk(root, path);
    for (const entity of order) {
      const schema = registered.get(entity);
      if (schema === undefined) throw new Error(`render-types: the entity ${entity} is only used through clones of its schema; use its registered schema in one place`);
      this.declare(entity, schema);
    }
  }

  /** The TypeScript type of `schema` on `side`; an entity other than `root` is referenced by name. */
  type(schema: z.ZodType, side: Side, path: string, indent: string, root?: z.ZodType): string {
    const leaf = LEAVES.get(schema);
    if (leaf !== undefined) return leaf[side];
    const entity = schema === root ? undefined : entities.get(schema)?.entity;
    if (entity !== undefined) {
      if (!this.names.has(entity)) throw new Error(`render-types: the entity ${entity} at ${path} is not declared`);
      return typeName(entity, side);
    }
    switch (schema.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'unknown':
      case 'null':
        return schema.type;
      case 'literal':
        return [...(schema as z.ZodLiteral).values].map(literal).join(' | ');
      case 'enum':
        return (schema as z.ZodEnum).options.map(literal).join(' | ');
      case 'nullable':
        return `${this.type((schema as z.ZodNullable).unwrap() as z.ZodType, side, path, indent)} | null`;
      case 'array': {
        const element = this.type((schema as z.ZodArray).element as z.ZodType, side, `${path}[]`, indent);
        return /^\w+$/.test(element) ? `${element}[]` : `Array<${element}>`;
      }
      case 'object':
        return this.object(schema as z.ZodObject, side, path, indent);
      case 'union':
        return (schema as z.ZodUnion).options.map((option) => this.type(option as z.ZodType, side, path, indent)).join(' | ');
      case 'pipe': {
        // A normalizing leaf (a string read leniently, written canonical): what it reads on the
        // input side; on the output side the same type, unless LEAVES says otherwise.
        const pipe = schema as z.ZodPipe<z.ZodType, z.ZodType>;
        if (pipe.out.type !== 'transform') return this.type(side === 'input' ? pipe.in : pipe.out, side, path, indent);
        return this.type(pipe.in, side, path, indent);
      }
      default:
        throw new Error(`render-types: no TypeScript rendering for the zod type "${schema.type}" at ${path}: add one in scripts/render-types.ts`);
    }
  }

  /** An object type: one property per field, each with its description as its doc comment. */
  object(schema: z.ZodObject, side: Side, path: string, indent: string): string {
    const inner = `${indent}  `;
    let body = '';
    for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
      const description = ownDescription(field);
      if (description === undefined) throw new Error(`render-types: the field ${path}.${key} has no description: add .meta({ description }) to it`);
      const optional = field.type === 'optional';
      const value = optional ? (field as z.ZodOptional).unwrap() as z.ZodType : field;
      const type = this.type(value, side, `${path}.${key}`, inner);
      // The library reads `null` in an optional field as absent (src/validate/snapshot.ts), so what
      // may be passed allows it there; the canonical form never has it.
      const absent = side === 'input' ? 'null | undefined' : 'undefined';
      const property = !optional ? `${key}: ${type}` : type === 'unknown' ? `${key}?: unknown` : `${key}?: ${type} | ${absent}`;
      body += `${docComment(description, inner)}${inner}${property};\n`;
    }
    return `{\n${body}${indent}}`;
  }

  /** One declaration: an interface for an object, a type alias otherwise. */
  declaration({ name, schema }: Declared, side: Side): string {
    const description = ownDescription(schema);
    if (description === undefined) throw new Error(`render-types: ${name} has no description: add .meta({ description }) to its schema`);
    const doc = docComment(`${description}\n\n${sideNote(name, side)}${example(name, side)}\n\n@category ${CATEGORY}`, '');
    const body = this.type(schema, side, name, '', schema);
    return schema.type === 'object' ? `${doc}export interface ${typeName(name, side)} ${body}\n` : `${doc}export type ${typeName(name, side)} = ${body};\n`;
  }
}

/** The schemas directly inside `schema`, with their paths. */
function children(schema: z.ZodType, path: string): [z.ZodType, string][] {
  switch (schema.type) {
    case 'optional':
    case 'nullable':
      return [[(schema as z.ZodOptional).unwrap() as z.ZodType, path]];
    case 'array':
      return [[(schema as z.ZodArray).element as z.ZodType, `${path}[]`]];
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).map(([key, field]) => [field as z.ZodType, `${path}.${key}`]);
    case 'union':
      return (schema as z.ZodUnion).options.map((option) => [option as z.ZodType, path]);
    case 'pipe':
      return [[(schema as z.ZodPipe<z.ZodType, z.ZodType>).in, path]];
    default:
      return [];
  }
}

/** The source of src/validate/types.generated.ts. */
export function renderTypes(): string {
  const renderer = new Renderer();
  renderer.collect(WorkOrderStructureDefault, 'WorkOrder');
  renderer.declare('JobOffer', JobOfferSchema);
  let out =
    '// Generated by scripts/render-types.ts from the zod schemas and the descriptions in their metadata:\n' +
    '// do not edit. After a schema change, run `npm run types:update` and commit the result.\n';
  for (const { names, from } of IMPORTS) out += `import type { ${names.join(', ')} } from '${from}';\n`;
  for (const declared of renderer.declared) {
    for (const side of ['input', 'output'] as const) out += `\n${renderer.declaration(declared, side)}`;
  }
  return out;
}

// A TypeDoc plugin (typedoc.json): shows each exported payload schema `XSchema` as
// `ZodType<X, XInput>`, linked to the declared payload types, instead of its whole zod type spelled
// out (a `ZodObject<{ title: ZodString; … }>` whose fields have no docs: the field docs live on
// the declared types, rendered from the schemas' metadata by scripts/render-types.ts). It does for
// the declared types what typedoc-plugin-zod does for types written as `z.infer<typeof XSchema>`.
import { Converter, makeRecursiveVisitor, ReferenceType, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const { project } = context;
      for (const schema of project.getReflectionsByKind(ReflectionKind.Variable)) {
        const name = schema.name.match(/^(\w+)Schema$/)?.[1];
        // The declared types of the same module: `WorkOrder` and `WorkOrderInput` for `WorkOrderSchema`.
        const output = name === undefined ? undefined : schema.parent?.getChildByName(name);
        const input = name === undefined ? undefined : schema.parent?.getChildByName(`${name}Input`);
        if (output === undefined || input === undefined || schema.type?.type !== 'reference' || schema.type.package !== 'zod') continue;
        // Drop the reflections of the zod type spelled out, then name the declared types instead.
        schema.type.visit(makeRecursiveVisitor({ reflection: (type) => project.removeReflection(type.declaration) }));
        const type = ReferenceType.createBrokenReference('ZodType', project, 'zod');
        type.typeArguments = [ReferenceType.createResolvedReference(output.name, output, project), ReferenceType.createResolvedReference(input.name, input, project)];
        schema.type = type;
      }
    },
    2000,
  );
}

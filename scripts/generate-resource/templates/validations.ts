// src/lib/validations/<tag>.ts: the form's zod/mini schema, mirroring the request schema's rules.
import { usesOptionalInput, zodRule } from "../code";
import type { Context } from "../context";

export const idFieldName = (context: Context) => `${context.fn.schema.replace(/Schema$/, "")}IdField`;

export function validations(context: Context): string {
  const { resource, names, fn, formFields, idKind } = context;
  const input = resource.create?.input ?? resource.update?.input;
  const source = input?.from === "body" ? input.schema : "the query parameters";
  const idRule =
    idKind === "string"
      ? `\n/** A ${names.singular} id from a URL or a bound argument: the client may send anything. */\nexport const ${idFieldName(context)} = z.string().check(z.minLength(1), z.maxLength(200));\n`
      : "";
  return `// Zod schema for the ${names.singular} form, shared by the client form and the server actions (rules from ${source}).
${
  formFields.some(usesOptionalInput)
    ? `import { optionalInput } from "./fields";
`
    : ""
}import * as z from "./zod";

/** An empty optional input means "none". */
export const ${fn.schema} = z.object({
${formFields.map((field) => `  ${field.name}: ${zodRule(field)},`).join("\n")}
});
/** What the form holds: every input as text. */
export type ${fn.formValues} = z.input<typeof ${fn.schema}>;
/** The same values once the schema has checked and converted them. */
export type ${fn.formOutput} = z.output<typeof ${fn.schema}>;
${idRule}`;
}

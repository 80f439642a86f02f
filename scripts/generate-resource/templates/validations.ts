// src/lib/validations/<tag>.ts: the form's zod/mini schema, mirroring the request schema's rules.
import { zodRule } from "../code";
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
import * as z from "zod/mini";

// Imported for its side effect: Zod's jitless mode, which the CSP needs wherever a form validates.
import "./fields";

/** An empty optional input means "none". */
export const ${fn.schema} = z.object({
${formFields.map((field) => `  ${field.name}: ${zodRule(field)},`).join("\n")}
});
/** What the form holds: every input as text. */
export type ${fn.formValues} = z.input<typeof ${fn.schema}>;
${idRule}`;
}

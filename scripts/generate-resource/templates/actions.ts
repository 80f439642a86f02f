// src/actions/<tag>.ts: the server actions, each through answerForm() and the data layer, redirecting with a notice.
import { toInputValue } from "../code";
import type { Context } from "../context";
import type { Field } from "../fields";
import { idFieldName } from "./validations";

export function actions(context: Context): string {
  const { resource, names, fn, formFields, idKind, notices, route } = context;
  const { create, update, remove, read, list } = resource;
  const idField = idKind === "integer" ? "idField" : idFieldName(context);
  const PATH = `${names.plural.toUpperCase().replace(/ /g, "_")}_PATH`;
  const INVALID = `INVALID_${names.singular.toUpperCase().replace(/ /g, "_")}`;
  const needsId = Boolean(update || remove);
  // An edit clears an emptied field where both the update schema and the stored item allow null.
  const updateFields = new Map(update?.input?.fields.map((field) => [field.name, field]));
  const itemFields = new Map(resource.item.fields.map((field) => [field.name, field]));
  const clears = (field: Field) =>
    Boolean(updateFields.get(field.name)?.nullable && itemFields.get(field.name)?.nullable !== false);
  const toInput = `const ${fn.toInput} = (values: ${fn.formOutput}): ${fn.input} => ({
${formFields.map((field) => `  ${field.name}: ${toInputValue(field, "values", !create && clears(field))},`).join("\n")}
});`;
  const toUpdateInput = `const ${fn.toUpdateInput} = (values: ${fn.formOutput}): ${fn.updateInput} => ({
${formFields
  .filter((field) => updateFields.has(field.name))
  .map((field) => `  ${field.name}: ${toInputValue(field, "values", clears(field))},`)
  .join("\n")}
});`;
  const converters = [
    create || (update && fn.toUpdateInput === fn.toInput) ? toInput : "",
    update && fn.toUpdateInput !== fn.toInput ? toUpdateInput : "",
  ].filter(Boolean);
  // A created item with an id and a details page of its own opens there; otherwise the list (or the form) shows.
  const opensCreated = Boolean(
    create && read && !list && (create.answer === "id" || create.answer === "item"),
  );
  const createdId = create?.answer === "id" ? "created.data" : `String(created.data.${context.key})`;

  const functions: string[] = [];
  if (create && notices.created) {
    functions.push(`export async function ${fn.createAction}(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    const parsed = ${fn.schema}.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const created = await ${fn.add}(${fn.toInput}(parsed.data));
    if (!created.ok) return created;
    revalidatePath(${PATH});
    // IMPORTANT: redirect() throws to navigate, so it stays outside every try/catch.
    redirect(withNotice(${opensCreated ? `\`\${${PATH}}/\${encodeURIComponent(${createdId})}\`` : PATH}, "${notices.created.key}"));
  });
}`);
  }
  if (update && notices.updated) {
    functions.push(`export async function ${fn.updateAction}(
  id: ${context.idType},
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    if (!${idField}.safeParse(id).success) return fail("not-found", ${INVALID});
    const parsed = ${fn.schema}.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const saved = await ${fn.save}(id, ${fn.toUpdateInput}(parsed.data));
    if (!saved.ok) return saved;
    revalidatePath(${PATH});
    redirect(withNotice(${PATH}, "${notices.updated.key}"));
  });
}`);
  }
  if (remove && notices.deleted) {
    functions.push(`export async function ${fn.deleteAction}(id: ${context.idType}): Promise<ActionResult> {
  if (!${idField}.safeParse(id).success) return fail("not-found", ${INVALID});

  const removed = await ${fn.drop}(id);
  if (!removed.ok) return removed;
  revalidatePath(${PATH});
  redirect(withNotice(${PATH}, "${notices.deleted.key}"));
}`);
  }

  const dataImports = [create ? fn.add : "", update ? fn.save : "", remove ? fn.drop : ""].filter(Boolean);
  const validationImports = [
    create || update ? fn.schema : "",
    create || update ? `type ${fn.formOutput}` : "",
    needsId && idKind === "string" ? idField : "",
  ].filter(Boolean);
  const imports = [
    `import { revalidatePath } from "next/cache";`,
    `import { redirect } from "next/navigation";`,
    "",
    `import { ${dataImports.join(", ")} } from "@/data/${names.tag}";`,
    `import { ${[needsId ? "fail" : "", create || update ? "fromZodError" : "", remove ? "type ActionResult" : ""].filter(Boolean).join(", ")} } from "@/lib/action-result";`,
    create || update
      ? `import type { ${[create || fn.updateInput === fn.input ? fn.input : "", update && fn.updateInput !== fn.input ? fn.updateInput : ""].filter(Boolean).join(", ")} } from "@/lib/api/${names.tag}";`
      : "",
    create || update ? `import { answerForm } from "@/lib/forms/answer-form";` : "",
    create || update ? `import type { FormState } from "@/lib/forms/form-state";` : "",
    `import { withNotice } from "@/lib/notices";`,
    needsId && idKind === "integer" ? `import { idField } from "@/lib/validations/fields";` : "",
    validationImports.length > 0
      ? `import { ${validationImports.join(", ")} } from "@/lib/validations/${names.tag}";`
      : "",
  ].filter((line, index) => line !== "" || index === 2);

  return `"use server";
// Server actions for ${names.plural}: validate, call the data layer, return a typed result.

${imports.join("\n")}

const ${PATH} = "${route}";
${needsId ? `const ${INVALID} = "This ${names.singular} does not exist.";` : ""}

${converters.join("\n\n")}

${functions.join("\n\n")}
`;
}

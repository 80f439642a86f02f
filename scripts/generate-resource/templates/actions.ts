// src/actions/<tag>.ts: the server actions, each through answerForm() and failureOf(), redirecting with a notice.
import { toInputValue } from "../code";
import type { Context } from "../context";
import { idFieldName } from "./validations";

export function actions(context: Context): string {
  const { resource, names, fn, formFields, idKind, notices, route } = context;
  const { create, update, remove, read, list } = resource;
  const idField = idKind === "integer" ? "idField" : idFieldName(context);
  const PATH = `${names.plural.toUpperCase().replace(/ /g, "_")}_PATH`;
  const INVALID = `INVALID_${names.singular.toUpperCase().replace(/ /g, "_")}`;
  const needsId = Boolean(update || remove);
  const toInput = `const ${fn.toInput} = (values: ${fn.formValues}Parsed): ${fn.input} => ({
${formFields.map((field) => `  ${field.name}: ${toInputValue(field, "values")},`).join("\n")}
});`;
  // A created item with an id and a details page of its own opens there; otherwise the list (or the form) shows.
  const opensCreated = Boolean(
    create && read && !list && (create.answer === "id" || create.answer === "item"),
  );
  const createdId = create?.answer === "id" ? "created" : `created.${context.key}`;

  const functions: string[] = [];
  if (create && notices.created) {
    functions.push(
      opensCreated
        ? `export async function ${fn.createAction}(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    const parsed = ${fn.schema}.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    // failureOf() answers only the failure, so the new ${names.singular}'s id comes out through this variable.
    let created: Awaited<ReturnType<typeof ${fn.add}>> | undefined;
    const failure = await failureOf(async () => {
      created = await ${fn.add}(${fn.toInput}(parsed.data));
    });
    if (failure) return failure;
    if (created === undefined) return fail("unavailable", "The service sent no ${names.singular}.");
    revalidatePath(${PATH});
    // IMPORTANT: redirect() throws to navigate, so it stays outside every try/catch.
    redirect(withNotice(\`\${${PATH}}/\${encodeURIComponent(String(${createdId}))}\`, "${notices.created.key}"));
  });
}`
        : `export async function ${fn.createAction}(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    const parsed = ${fn.schema}.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const failure = await failureOf(() => ${fn.add}(${fn.toInput}(parsed.data)));
    if (failure) return failure;
    revalidatePath(${PATH});
    // IMPORTANT: redirect() throws to navigate, so it stays outside every try/catch.
    redirect(withNotice(${PATH}, "${notices.created.key}"));
  });
}`,
    );
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

    const failure = await failureOf(() => ${fn.save}(id, ${fn.toInput}(parsed.data)));
    if (failure) return failure;
    revalidatePath(${PATH});
    redirect(withNotice(${PATH}, "${notices.updated.key}"));
  });
}`);
  }
  if (remove && notices.deleted) {
    functions.push(`export async function ${fn.deleteAction}(id: ${context.idType}): Promise<ActionResult> {
  if (!${idField}.safeParse(id).success) return fail("not-found", ${INVALID});

  const failure = await failureOf(() => ${fn.drop}(id));
  if (failure) return failure;
  revalidatePath(${PATH});
  redirect(withNotice(${PATH}, "${notices.deleted.key}"));
}`);
  }

  const dataImports = [create ? fn.add : "", update ? fn.save : "", remove ? fn.drop : ""].filter(Boolean);
  const validationImports = [
    create || update ? fn.schema : "",
    needsId && idKind === "string" ? idField : "",
  ].filter(Boolean);
  const imports = [
    `import { revalidatePath } from "next/cache";`,
    `import { redirect } from "next/navigation";`,
    create || update ? `import type * as z from "zod/mini";` : "",
    "",
    `import { ${dataImports.join(", ")} } from "@/data/${names.tag}";`,
    `import { failureOf } from "@/lib/action-errors";`,
    `import { ${[needsId || opensCreated ? "fail" : "", create || update ? "fromZodError" : "", remove ? "type ActionResult" : ""].filter(Boolean).join(", ")} } from "@/lib/action-result";`,
    create || update ? `import type { ${fn.input} } from "@/lib/api/${names.tag}";` : "",
    create || update ? `import { answerForm } from "@/lib/forms/answer-form";` : "",
    create || update ? `import type { FormState } from "@/lib/forms/form-state";` : "",
    `import { withNotice } from "@/lib/notices";`,
    needsId && idKind === "integer" ? `import { idField } from "@/lib/validations/fields";` : "",
    validationImports.length > 0
      ? `import { ${validationImports.join(", ")} } from "@/lib/validations/${names.tag}";`
      : "",
  ].filter((line, index) => line !== "" || index === 3);

  return `"use server";
// Server actions for ${names.plural}: validate, call the data layer, return a typed result.

${imports.join("\n")}

const ${PATH} = "${route}";
${needsId ? `const ${INVALID} = "This ${names.singular} does not exist.";` : ""}

${create || update ? `/** The form's values once the schema has checked and converted them. */\ntype ${fn.formValues}Parsed = z.output<typeof ${fn.schema}>;\n\n${toInput}` : ""}

${functions.join("\n\n")}
`;
}

// src/lib/api/<tag>.ts: the gateway functions and the app's types mapped from the generated schema types.
import { appName, appType, holdsNull, literal } from "../code";
import type { Field } from "../fields";
import { camelCase } from "../names";
import { gatewayParameters, type Context } from "../context";
import type { Call } from "../resource";

const upper = (call: Call) => call.method.toUpperCase();

function options(call: Call, extra: string[]): string {
  const params = [
    call.owner || call.id
      ? `path: { ${[call.owner ? "username" : "", call.id ? (call.id.name === "id" ? "id" : `${call.id.name}: id`) : ""].filter(Boolean).join(", ")} }`
      : "",
    ...extra.filter((part) => part.startsWith("query")),
  ].filter(Boolean);
  const parts = [
    params.length > 0 ? `params: { ${params.join(", ")} }` : "",
    ...extra.filter((part) => !part.startsWith("query")),
    call.auth === "none"
      ? ""
      : call.auth === "optional"
        ? "headers: accessToken ? bearer(accessToken) : {}"
        : "headers: bearer(accessToken)",
  ].filter(Boolean);
  return parts.length > 0 ? `, { ${parts.join(", ")} }` : "";
}

/**
 * A request body's type. openapi-typescript marks a property with a default as always present (true of answers);
 * in a request it may be left out, and FastAPI fills the default in.
 */
function requestType(schema: string, fields: Field[]): string {
  const type = `components["schemas"]["${schema}"]`;
  const keys = defaultedKeys(fields);
  return keys ? `Omit<${type}, ${keys}> & Partial<Pick<${type}, ${keys}>>` : type;
}

/** The body as openapi-fetch types it: with defaults left out, only a cast says what FastAPI accepts. */
const bodyOf = (input: Call["input"]) =>
  input?.from === "body" && defaultedKeys(input.fields)
    ? `body: input as components["schemas"]["${input.schema}"]`
    : "body: input";

function defaultedKeys(fields: Field[]): string {
  const defaulted = fields
    .filter((field) => !field.required && field.default !== undefined)
    .map((field) => literal(field.name));
  return defaulted.join(" | ");
}

export function gateway(context: Context): string {
  const { resource, names, fn } = context;
  const { Singular } = names;
  const variable = camelCase(names.singular);
  const itemSchema = resource.item.schema;
  const needsBearer = [resource.list, resource.read, resource.create, resource.update, resource.remove].some(
    (call) => call && call.auth !== "none",
  );
  const readType = itemSchema ? `${Singular}Read` : undefined;
  const imports = [
    `import { ${needsBearer ? "bearer, " : ""}fastapi, send } from "./client";`,
    resource.list ? `import { pageQuery, toPage, type Page, type PageRequest } from "./pagination";` : "",
    `import type { ${[itemSchema || resource.create?.input?.from === "body" || resource.update?.input?.from === "body" ? "components" : "", resource.create?.input?.from === "query" ? "paths" : ""].filter(Boolean).join(", ")} } from "./schema";`,
  ].filter(Boolean);

  const types: string[] = [];
  if (readType) types.push(`type ${readType} = components["schemas"]["${itemSchema}"];`);

  const item = itemSchema
    ? `export interface ${Singular} {\n${resource.item.fields.map((field) => `  ${appName(field)}: ${appType(field)};`).join("\n")}\n}\n\nconst to${Singular} = (${variable}: ${readType}): ${Singular} => ({\n${resource.item.fields
        .map(
          (field) => `  ${appName(field)}: ${variable}.${field.name}${holdsNull(field) ? " ?? null" : ""},`,
        )
        .join("\n")}\n});`
    : `/** FastAPI describes a ${names.singular} as any JSON object, so the app keeps it as one. */\nexport type ${Singular} = Record<string, unknown>;`;

  const input = resource.create?.input ?? resource.update?.input;
  let inputType = "";
  if (input?.from === "body") {
    inputType = `/** What the forms send: FastAPI's ${input.schema}, property for property. */\nexport type ${fn.input} = ${requestType(input.schema, input.fields)};`;
    const update = resource.update?.input;
    if (fn.updateInput !== fn.input && update?.from === "body") {
      inputType += `\n/** What the edit form sends: FastAPI's ${update.schema}, where an emptied field may be null. */\nexport type ${fn.updateInput} = ${requestType(update.schema, update.fields)};`;
    }
  } else if (input?.from === "query" && resource.create) {
    inputType = `/** What the form sends: the query parameters of ${upper(resource.create)} ${resource.create.path}. */\nexport type ${fn.input} = paths["${resource.create.path}"]["${resource.create.method}"]["parameters"]["query"];`;
  }

  const functions: string[] = [];
  const { list, read, create, update, remove } = resource;
  if (list) {
    functions.push(`/** One page of ${names.plural}, in the order FastAPI lists them. */
export async function ${fn.list}(${gatewayParameters(list, context, "request: PageRequest").join(", ")}): Promise<Page<${Singular}>> {
  const { data } = await send(fastapi.GET("${list.path}"${options(list, ["query: pageQuery(request)"])}));
  return toPage(data, request, to${Singular});
}`);
  }
  if (read) {
    const orNull = read.answer === "item-or-null";
    const mapped = itemSchema ? `to${Singular}(data)` : "data";
    functions.push(`${orNull ? `/** null when FastAPI knows no ${names.singular} by this id. */\n` : ""}export async function ${fn.read}(${gatewayParameters(read, context).join(", ")}): Promise<${Singular}${orNull ? " | null" : ""}> {
  const { data } = await send(fastapi.GET("${read.path}"${options(read, [])}));
  return ${orNull && itemSchema ? `data === null ? null : ${mapped}` : mapped};
}`);
  }
  if (create) {
    const sent = create.input?.from === "query" ? ["query: input"] : [bodyOf(create.input)];
    const answer =
      create.answer === "id"
        ? ["Promise<string>", "data.id"]
        : create.answer === "item" && itemSchema
          ? [`Promise<${Singular}>`, `to${Singular}(data)`]
          : ["Promise<void>", ""];
    functions.push(`${create.answer === "id" ? `/** Answers the new ${names.singular}'s id. */\n` : ""}export async function ${fn.create}(${gatewayParameters(create, context, `input: ${fn.input}`).join(", ")}): ${answer[0]} {
  ${answer[1] ? "const { data } = " : ""}await send(fastapi.POST("${create.path}"${options(create, sent)}));
  ${answer[1] ? `return ${answer[1]};` : ""}
}`);
  }
  if (update) {
    const method = update.method.toUpperCase();
    functions.push(`export async function ${fn.update}(${gatewayParameters(update, context, `input: ${fn.updateInput}`).join(", ")}): Promise<void> {
  await send(fastapi.${method}("${update.path}"${options(update, [bodyOf(update.input)])}));
}`);
  }
  if (remove) {
    functions.push(`export async function ${fn.remove}(${gatewayParameters(remove, context).join(", ")}): Promise<void> {
  await send(fastapi.DELETE("${remove.path}"${options(remove, [])}));
}`);
  }

  return `// Server-only FastAPI ${names.singular} endpoints${itemSchema ? `, reshaped from ${itemSchema} into the app's ${Singular}` : ""}.
import "server-only";

${imports.join("\n")}

${types.join("\n")}

${item}

${inputType}

${functions.join("\n\n")}
`;
}

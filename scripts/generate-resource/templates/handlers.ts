// tests/mocks/handlers/<tag>.ts: embedded-backend routes over an in-memory table that honours the request schemas.
import { literal } from "../code";
import type { Context } from "../context";
import type { Field } from "../fields";
import type { Call } from "../resource";

/** The bounds of a number, as the mock framework's validators take them. */
const numberRules = (field: Field) => {
  const rules = (["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf"] as const)
    .filter((rule) => field[rule] !== undefined)
    .map((rule) => `${rule}: ${field[rule]}`);
  return rules.length > 0 ? `{ ${rules.join(", ")} }` : "";
};

/** The mock framework's validator for one property of a request schema, and the module it comes from. */
export function validatorOf(field: Field): { rule: string; name: string; module: "validation" | "formats" } {
  const lengths = [
    field.minLength === undefined ? "" : `minLength: ${field.minLength}`,
    field.maxLength === undefined ? "" : `maxLength: ${field.maxLength}`,
    field.pattern === undefined ? "" : `pattern: ${literal(field.pattern)}`,
  ].filter(Boolean);
  const [name, argument, module] = ((): [string, string, "validation" | "formats"] => {
    if (field.kind === "integer" || field.kind === "number")
      return [field.kind, numberRules(field), "validation"];
    if (field.kind === "boolean") return ["boolean", "", "validation"];
    if (field.kind === "json") return ["unchecked", "", "validation"];
    if (field.kind === "enum") return ["choice", literal(field.options), "validation"];
    if (field.format === "email") return ["email", "", "validation"];
    if (field.format === "date") return ["date", "", "formats"];
    if (field.format === "date-time") return ["dateTime", "", "formats"];
    if (field.format === "uri") {
      return ["url", field.maxLength === undefined ? "" : `{ maxLength: ${field.maxLength} }`, "formats"];
    }
    return ["string", lengths.length > 0 ? `{ ${lengths.join(", ")} }` : "", "validation"];
  })();
  let rule = `${name}(${argument})`;
  if (field.nullable) rule = `nullable(${rule})`;
  if (!field.required) rule = `optional(${rule})`;
  return { rule, name, module };
}

/** The session check a route makes; the caller is kept where the owner check compares it with the path's user. */
const callerCheck = (call: Call) => {
  const check = {
    bearer: "await auth.currentUser(request);",
    superuser: "await auth.currentSuperuser(request);",
  }[call.auth as "bearer" | "superuser"];
  if (!check) return "";
  return call.owner ? `const caller = ${check}` : check;
};

/** The owner comes from the path; writing there takes being that user (superusers get no override, as in posts). */
const ownerLookup = (call: Call) =>
  call.owner
    ? `const owner = findActiveUser(db, params.username);${call.auth === "bearer" || call.auth === "superuser" ? "\n      if (caller.id !== owner.id) throw forbidden();" : ""}`
    : "";

export function handlers(context: Context): string {
  const { resource, names } = context;
  const { list, read, create, update, remove } = resource;
  const itemSchema = resource.item.schema;
  if (!itemSchema || context.idKind !== "integer" || context.key !== "id") {
    throw new Error(
      `The embedded backend's ${names.tag} routes need an item model with an integer id; write tests/mocks/handlers/${names.tag}.ts by hand.`,
    );
  }
  const owned = [list, read, create, update, remove].some((call) => call?.owner);
  const Row = `${names.Singular}Row`;
  const Read = `${names.Singular}Read`;
  const table = names.plural.replace(/ /g, "");
  const variable = names.singular.replace(/ /g, "");
  const createInput = create?.input?.from === "body" ? create.input : undefined;
  const updateInput = update?.input?.from === "body" ? update.input : undefined;
  const createdFields = new Set(createInput?.fields.map((field) => field.name));
  const columns = resource.item.fields.filter((field) => field.name !== "id");
  const initialValue = (field: Field) => {
    if (createdFields.has(field.name)) {
      const input = createInput?.fields.find((candidate) => candidate.name === field.name);
      // A property left out of the request gets the schema's default, as pydantic fills it in.
      return input && !input.required
        ? `values.${field.name} ?? ${input.default === undefined ? "null" : literal(input.default)}`
        : `values.${field.name}`;
    }
    if (field.format === "date-time") return "new Date().toISOString()";
    if (owned && /(^|_)user_id$/.test(field.name)) return "owner.id";
    if (field.nullable || !field.required) return "null";
    if (field.kind === "enum") return literal(field.options?.[0]);
    return { string: '""', integer: "0", number: "0", boolean: "false", json: "null" }[field.kind];
  };
  const nullableColumns = resource.item.fields
    .filter((field) => field.nullable)
    .map((field) => literal(field.name));
  const notFoundMessage = `${names.Singular} not found`;
  const find = owned ? `find${names.Singular}(id, owner)` : `find${names.Singular}(id)`;
  const routes: string[] = [];

  if (create && createInput) {
    routes.push(`route.post("${create.path}", async ({ request${create.owner ? ", params" : ""}, response }) => {
      const body = await readJsonBody(request);
      ${callerCheck(create)}
      const [values] = validateRequest(check(${variable}Create, body, ["body"]));
      ${ownerLookup(create)}
      const ${variable} = ${table}.insert({
        ${columns.map((field) => `${field.name}: ${initialValue(field)},`).join("\n        ")}
        ${owned ? "ownerId: owner.id," : ""}
      });
      return response(${create.status}).json(${create.answer === "id" ? `{ id: ${variable}.id }` : `to${Read}(${variable})`});
    }),`);
  }
  if (list) {
    routes.push(`route.get("${list.path}", async ({ request${list.owner ? ", params" : ""}, response }) => {
      ${callerCheck(list)}
      const [page, itemsPerPage] = validateRequest(...pageParameters(request));
      ${ownerLookup(list)}
      const rows = ${table}.filter(${owned ? `(${variable}) => ${variable}.ownerId === owner.id` : ""});
      return response(200).json(paginate(rows.map(to${Read}), page, itemsPerPage));
    }),`);
  }
  if (read) {
    routes.push(`route.get("${read.path}", async ({ ${callerCheck(read) ? "request, " : ""}params, response }) => {
      ${callerCheck(read)}
      const [id] = validateRequest(integerPathParameter("${read.id?.name}", params.${read.id?.name}));
      ${ownerLookup(read)}
      return response(200).json(to${Read}(${find}));
    }),`);
  }
  if (update && updateInput) {
    routes.push(`route.${update.method}("${update.path}", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      ${callerCheck(update)}
      const [id, values] = validateRequest(
        integerPathParameter("${update.id?.name}", params.${update.id?.name}),
        check(${variable}Update, body, ["body"]),
      );
      ${ownerLookup(update)}
      const ${variable} = ${find};
      updateRow(${variable}, values, [${nullableColumns.join(", ")}]);
      return response(200).json(${update.answer === "item" ? `to${Read}(${variable})` : `{ message: "${names.Singular} updated" }`});
    }),`);
  }
  if (remove) {
    routes.push(`route.delete("${remove.path}", async ({ ${callerCheck(remove) ? "request, " : ""}params, response }) => {
      ${callerCheck(remove)}
      const [id] = validateRequest(integerPathParameter("${remove.id?.name}", params.${remove.id?.name}));
      ${ownerLookup(remove)}
      ${table}.remove(${find});
      return response(200).json({ message: "${names.Singular} deleted" });
    }),`);
  }

  const validated = [...(createInput?.fields ?? []), ...(updateInput?.fields ?? [])].map((field) => ({
    field,
    ...validatorOf(field),
  }));
  const validation = [
    "check",
    ...new Set(
      validated.flatMap(({ field, name, module }) => [
        module === "validation" ? name : "",
        field.nullable ? "nullable" : "",
        field.required ? "" : "optional",
      ]),
    ),
    "model",
    "validateRequest",
  ]
    .filter(Boolean)
    .sort();
  const formats = [
    ...new Set(validated.filter(({ module }) => module === "formats").map(({ name }) => name)),
  ].sort();
  const requestImports = [
    read || update || remove ? "integerPathParameter" : "",
    createInput || updateInput ? "readJsonBody" : "",
  ].filter(Boolean);
  const errors = [
    owned &&
    [create, update, remove].some((call) => call && (call.auth === "bearer" || call.auth === "superuser"))
      ? "forbidden"
      : "",
    "notFound",
  ].filter(Boolean);

  const paths = [
    ...new Set([list, read, create, update, remove].flatMap((call) => (call ? [call.path] : []))),
  ];
  return `// The embedded backend's ${names.plural} routes: ${paths.map((route) => route.replace("/api/v1", "")).join(", ")}.
// An in-memory table; requests are validated as the document's request schemas say.
import type { HttpHandler } from "msw";
import type { components } from "@/lib/api/schema";
import { ${[owned ? "type MockDatabase" : "", update ? "updateRow" : "", owned ? "type UserRow" : ""]
    .filter(Boolean)
    .sort((a, b) => a.replace("type ", "").localeCompare(b.replace("type ", "")))
    .join(", ")} } from "../db";
import { ${errors.join(", ")} } from "../framework/errors";
${formats.length > 0 ? `import { ${formats.join(", ")} } from "../framework/formats";\n` : ""}${list ? `import { pageParameters, paginate } from "../framework/pagination";\n` : ""}${requestImports.length > 0 ? `import { ${requestImports.join(", ")} } from "../framework/request";\n` : ""}import { ${validation.join(", ")} } from "../framework/validation";
import type { HandlerContext } from "./context";

type Schemas = components["schemas"];
type ${Read} = Schemas["${itemSchema}"];
${owned ? `/** A row: what FastAPI answers, plus whose it is. */\ninterface ${Row} extends ${Read} {\n  ownerId: number;\n}` : `type ${Row} = ${Read};`}

${
  createInput
    ? `const ${variable}Create = model<Schemas["${createInput.schema}"]>(
  { ${createInput.fields.map((field) => `${field.name}: ${validatorOf(field).rule}`).join(", ")} },
  { extra: "forbid" },
);`
    : ""
}

${
  updateInput
    ? `const ${variable}Update = model<Schemas["${updateInput.schema}"]>(
  { ${updateInput.fields.map((field) => `${field.name}: ${validatorOf(field).rule}`).join(", ")} },
  { extra: "forbid" },
);`
    : ""
}

${owned ? `const to${Read} = ({ ownerId: _ownerId, ...${variable} }: ${Row}): ${Read} => ${variable};` : `const to${Read} = (${variable}: ${Row}): ${Read} => ({ ...${variable} });`}

${
  owned
    ? `function findActiveUser(db: MockDatabase, username: string): UserRow {
  const user = db.users.find((candidate) => candidate.username === username && !candidate.is_deleted);
  if (!user) throw notFound("User not found");
  return user;
}`
    : ""
}

export function ${table}Handlers({ route, db${[list, read, create, update, remove].some((call) => call && call.auth !== "none" && call.auth !== "optional") ? ", auth" : ""} }: HandlerContext): HttpHandler[] {
  const ${table} = db.table<${Row}>("${names.tag}");
  const find${names.Singular} = (id: number${owned ? ", owner: UserRow" : ""}): ${Row} => {
    const ${variable} = ${table}.find((row) => row.id === id${owned ? " && row.ownerId === owner.id" : ""});
    if (!${variable}) throw notFound("${notFoundMessage}");
    return ${variable};
  };

  return [
    ${routes.join("\n\n    ")}
  ];
}
`;
}

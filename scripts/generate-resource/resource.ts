// Models one tag's operations as a resource: which of list/create/read/update/delete it has, and how each is called.
import { fieldOf, fieldsOf, type Field } from "./fields";
import { namesFor, type ResourceNames } from "./names";
import { refName, resolve, type OpenApiDocument, type Operation, type SchemaObject } from "./openapi";

/** Who may call an operation: nobody signed in, anyone (a bearer counts when sent), a user, a superuser. */
type Auth = "none" | "optional" | "bearer" | "superuser";

type Method = "get" | "post" | "put" | "patch" | "delete";

export interface Call {
  method: Method;
  path: string;
  auth: Auth;
  /** The path has `{username}`: it is filled with the signed-in user's name. */
  owner: boolean;
  /** The path parameter naming one item, e.g. `{id}` or `{task_id}`. */
  id?: { name: string; kind: "integer" | "string" };
  /** What the caller sends: a JSON body (by schema name) or required query parameters (tasks' `message`). */
  input?: { from: "body"; schema: string; fields: Field[] } | { from: "query"; fields: Field[] };
  status: number;
  /** What it answers: the item, a page of items, a created item's id, or anything else (a message). */
  answer: "item" | "item-or-null" | "page" | "id" | "other";
}

export interface Resource {
  names: ResourceNames;
  list?: Call;
  create?: Call;
  read?: Call;
  update?: Call;
  remove?: Call;
  /** The item's shape: the read model's fields, or none when FastAPI describes it as any object. */
  item: { schema?: string; fields: Field[] };
  /** Operations of the tag the resource leaves out, with why, for the plan. */
  skipped: string[];
}

const PAGE_PARAMETERS = new Set(["page", "items_per_page"]);

/**
 * Who may call each route of the boilerplate at b88fe20 where its document cannot say (docs/fastapi-contract.md
 * §4, §6): FastAPI describes no superuser check and no optional bearer. Another backend states these with `x-auth`.
 */
const CONTRACT_AUTH: Record<string, Auth> = {
  "POST /api/v1/tasks/task": "optional",
  "POST /api/v1/tier": "superuser",
  "PATCH /api/v1/tier/{name}": "superuser",
  "DELETE /api/v1/tier/{name}": "superuser",
  "POST /api/v1/tier/{tier_name}/rate_limit": "superuser",
  "PATCH /api/v1/tier/{tier_name}/rate_limit/{id}": "superuser",
  "DELETE /api/v1/tier/{tier_name}/rate_limit/{id}": "superuser",
  "DELETE /api/v1/{username}/db_post/{id}": "superuser",
  "DELETE /api/v1/db_user/{username}": "superuser",
  "PATCH /api/v1/user/{username}/tier": "superuser",
};

const AUTH_VALUES = new Set<string>(["none", "optional", "bearer", "superuser"]);

function authOf(method: Method, path: string, operation: Operation): Auth {
  const declared = operation["x-auth"];
  if (declared !== undefined) {
    if (!AUTH_VALUES.has(declared))
      throw new Error(`${method.toUpperCase()} ${path}: unknown x-auth "${declared}"`);
    return declared as Auth;
  }
  const known = CONTRACT_AUTH[`${method.toUpperCase()} ${path}`];
  if (known) return known;
  return operation.security && operation.security.length > 0 ? "bearer" : "none";
}

function successOf(operation: Operation): { status: number; schema?: SchemaObject } {
  const entry = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
  if (!entry) return { status: 200 };
  return { status: Number(entry[0]), schema: entry[1].content?.["application/json"]?.schema };
}

function answerOf(
  document: OpenApiDocument,
  schema: SchemaObject | undefined,
): { answer: Call["answer"]; item?: string } {
  if (!schema) return { answer: "other" };
  if (schema.$ref) {
    const target = resolve(document, schema);
    const data = target.properties?.data;
    if (data?.type === "array" && data.items?.$ref && target.properties?.total_count) {
      return { answer: "page", item: refName(data.items.$ref) };
    }
    const properties = Object.keys(target.properties ?? {});
    if (properties.length === 1 && properties[0] === "id") return { answer: "id" };
    return { answer: "item", item: refName(schema.$ref) };
  }
  const options = schema.anyOf ?? [];
  if (
    options.some((option) => option.type === "null") &&
    options.some((option) => option.type === "object")
  ) {
    return { answer: "item-or-null" };
  }
  return { answer: "other" };
}

function callOf(document: OpenApiDocument, method: Method, path: string, operation: Operation) {
  const label = `${method.toUpperCase()} ${path}`;
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === "path");
  const unsupported = pathParameters.filter(
    (parameter) => parameter.name !== "username" && !path.endsWith(`{${parameter.name}}`),
  );
  if (unsupported.length > 0) {
    throw new Error(
      `${label}: path parameter {${unsupported[0]?.name}} is neither {username} nor the item's id`,
    );
  }
  const idParameter = pathParameters.find((parameter) => parameter.name !== "username");
  const idKind = idParameter?.schema?.type === "integer" ? "integer" : "string";
  const query = parameters.filter(
    (parameter) => parameter.in === "query" && !PAGE_PARAMETERS.has(parameter.name),
  );
  const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
  const success = successOf(operation);
  const { answer, item } = answerOf(document, success.schema);
  const call: Call = {
    method,
    path,
    auth: authOf(method, path, operation),
    owner: pathParameters.some((parameter) => parameter.name === "username"),
    id: idParameter ? { name: idParameter.name, kind: idKind } : undefined,
    status: success.status,
    answer,
  };
  if (bodySchema?.$ref) {
    call.input = { from: "body", schema: refName(bodySchema.$ref), fields: fieldsOf(document, bodySchema) };
  } else if (query.length > 0) {
    call.input = {
      from: "query",
      fields: query.map((parameter) =>
        fieldOf(
          document,
          parameter.name,
          parameter.schema ?? { type: "string" },
          parameter.required === true,
        ),
      ),
    };
  }
  return { call, item };
}

/** The operations tagged `tag`, sorted into the five a CRUD resource has. */
export function resourceOf(document: OpenApiDocument, tag: string): Resource {
  const resource: Resource = { names: namesFor(tag), item: { fields: [] }, skipped: [] };
  let itemSchema: string | undefined;
  const take = (slot: "list" | "create" | "read" | "update" | "remove", call: Call) => {
    if (resource[slot]) {
      resource.skipped.push(`${call.method.toUpperCase()} ${call.path} (a second ${slot} operation)`);
      return;
    }
    resource[slot] = call;
  };

  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.tags?.includes(tag)) continue;
      const { call, item: schema } = callOf(document, method as Method, path, operation);
      if (call.answer === "page" || call.answer === "item") itemSchema ??= schema;
      if (method === "get" && call.answer === "page") take("list", call);
      else if (method === "get" && call.id) take("read", call);
      else if (method === "post") take("create", call);
      else if ((method === "patch" || method === "put") && call.id) take("update", call);
      else if (method === "delete" && call.id) take("remove", call);
      else
        resource.skipped.push(`${method.toUpperCase()} ${path} (not one of list/create/read/update/delete)`);
    }
  }
  if (!resource.list && !resource.create && !resource.read) {
    throw new Error(`No list, create or read operation is tagged "${tag}" in the document.`);
  }
  if (resource.create && !resource.create.input) {
    throw new Error(
      `${resource.create.path}: a create operation without a JSON body or query parameters (a form body is not supported)`,
    );
  }
  if (itemSchema) {
    resource.item = {
      schema: itemSchema,
      fields: fieldsOf(document, { $ref: `#/components/schemas/${itemSchema}` }),
    };
  }
  const idKinds = new Set(
    [resource.read, resource.update, resource.remove].map((call) => call?.id?.kind).filter(Boolean),
  );
  if (idKinds.size > 1) throw new Error(`The "${tag}" operations disagree on the type of the item's id.`);
  return resource;
}

/** The kind of the id every item route takes ("integer" when only a list exists). */
export const idKindOf = (resource: Resource) =>
  (resource.read ?? resource.update ?? resource.remove)?.id?.kind ?? "integer";

/** Whether signing in as a superuser is needed for the pages (any read) or the actions (any mutation). */
export const needsSuperuser = (...calls: (Call | undefined)[]) =>
  calls.some((call) => call?.auth === "superuser");

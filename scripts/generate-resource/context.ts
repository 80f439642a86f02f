// Everything the templates share about one resource: its names, routes, files, functions and form fields.
import { leftOutBecause } from "./code";
import type { Field } from "./fields";
import { camelCase, type ResourceNames } from "./names";
import { idKindOf, needsSuperuser, type Call, type Resource } from "./resource";

export interface Context {
  resource: Resource;
  names: ResourceNames;
  /** "/dashboard/notes". */
  route: string;
  idKind: "integer" | "string";
  /** The TypeScript type of an id. */
  idType: "number" | "string";
  /** The fields the create and edit forms hold (the create operation's input, else the update's). */
  formFields: Field[];
  /** The item's property its routes take as the id (`id`, or e.g. `name` for `/tier/{name}`), app-named. */
  key: string;
  /** A text field that names an item in links, headings and questions. */
  itemTitle?: Field;
  superuserPages: boolean;
  superuserActions: boolean;
  fn: Record<
    "list" | "read" | "create" | "update" | "remove" | "getList" | "getOne" | "add" | "save" | "drop",
    string
  > &
    Record<
      | "createAction"
      | "updateAction"
      | "deleteAction"
      | "schema"
      | "formValues"
      | "formOutput"
      | "input"
      | "toInput"
      | "updateInput"
      | "toUpdateInput",
      string
    >;
  files: Record<
    | "gateway"
    | "validations"
    | "data"
    | "actions"
    | "form"
    | "table"
    | "details"
    | "deleteButton"
    | "lookup"
    | "listPage"
    | "newPage"
    | "detailPage"
    | "editPage"
    | "handlers"
    | "gatewayTest"
    | "actionsTest"
    | "formTest"
    | "e2e",
    string
  >;
  /** Component names. */
  components: Record<"form" | "table" | "details" | "deleteButton" | "lookup", string>;
  notices: Partial<Record<"created" | "updated" | "deleted", { key: string; text: string }>>;
}

export function contextOf(resource: Resource): Context {
  const names = resource.names;
  const { tag, Singular, Plural, singularFile } = names;
  const idKind = idKindOf(resource);
  const form = resource.create?.input ?? resource.update?.input;
  const separateUpdate = resource.create?.input?.from === "body" && resource.update?.input?.from === "body";
  const formFields = (form?.fields ?? []).filter((field) => !leftOutBecause(field));
  const idName = (resource.read ?? resource.update ?? resource.remove)?.id?.name ?? "id";
  const keyField =
    resource.item.fields.find((field) => field.name === idName) ??
    resource.item.fields.find((field) => field.name === "id");
  const itemTitle =
    resource.item.fields.find(
      (field) => field.kind === "string" && /^(title|name|label|subject)$/.test(field.name),
    ) ?? resource.item.fields.find((field) => field.kind === "string" && field.required && !field.format);
  const my = resource.list?.owner || resource.read?.owner || resource.create?.owner ? "My" : "";
  const mutations: (Call | undefined)[] = [resource.create, resource.update, resource.remove];
  const componentDir = `src/components/${tag}`;
  return {
    resource,
    names,
    route: `/dashboard/${tag}`,
    idKind,
    idType: idKind === "integer" ? "number" : "string",
    formFields,
    key: keyField ? camelCase(keyField.name) : "id",
    itemTitle,
    superuserPages: needsSuperuser(resource.list, resource.read),
    superuserActions: needsSuperuser(...mutations),
    fn: {
      list: `list${Plural}`,
      read: `read${Singular}`,
      create: `create${Singular}`,
      update: `update${Singular}`,
      remove: `delete${Singular}`,
      getList: `get${my}${Plural}`,
      getOne: `get${my}${Singular}`,
      add: `add${my}${Singular}`,
      save: `save${my}${Singular}`,
      drop: `remove${my}${Singular}`,
      createAction: `create${Singular}Action`,
      updateAction: `update${Singular}Action`,
      deleteAction: `delete${Singular}Action`,
      schema: `${names.singular.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase())}Schema`,
      formValues: `${Singular}FormValues`,
      formOutput: `${Singular}FormOutput`,
      input: `${Singular}Input`,
      toInput: `to${Singular}Input`,
      // The edit sends the update's own schema when the create has one too: it may clear what the create leaves out.
      updateInput: separateUpdate ? `${Singular}Changes` : `${Singular}Input`,
      toUpdateInput: separateUpdate ? `to${Singular}Changes` : `to${Singular}Input`,
    },
    files: {
      gateway: `src/lib/api/${tag}.ts`,
      validations: `src/lib/validations/${tag}.ts`,
      data: `src/data/${tag}.ts`,
      actions: `src/actions/${tag}.ts`,
      form: `${componentDir}/${singularFile}-form.tsx`,
      table: `${componentDir}/${singularFile}-table.tsx`,
      details: `${componentDir}/${singularFile}-details.tsx`,
      deleteButton: `${componentDir}/delete-${singularFile}-button.tsx`,
      lookup: `${componentDir}/${singularFile}-lookup.tsx`,
      listPage: `app/dashboard/${tag}/page.tsx`,
      newPage: `app/dashboard/${tag}/new/page.tsx`,
      detailPage: `app/dashboard/${tag}/[id]/page.tsx`,
      editPage: `app/dashboard/${tag}/[id]/edit/page.tsx`,
      handlers: `tests/mocks/handlers/${tag}.ts`,
      gatewayTest: `tests/unit/lib/api/${tag}.test.ts`,
      actionsTest: `tests/unit/actions/${tag}.test.ts`,
      formTest: `tests/unit/components/${singularFile}-form.test.tsx`,
      e2e: `tests/e2e/${tag}.spec.ts`,
    },
    components: {
      form: `${Singular}Form`,
      table: `${Singular}Table`,
      details: `${Singular}Details`,
      deleteButton: `Delete${Singular}Button`,
      lookup: `${Singular}Lookup`,
    },
    notices: {
      ...(resource.create
        ? { created: { key: `${singularFile}-created`, text: `The ${names.singular} is created.` } }
        : {}),
      ...(resource.update
        ? { updated: { key: `${singularFile}-updated`, text: `The ${names.singular} is saved.` } }
        : {}),
      ...(resource.remove
        ? { deleted: { key: `${singularFile}-deleted`, text: `The ${names.singular} is deleted.` } }
        : {}),
    },
  };
}

/** The arguments a gateway function takes, in order: token, owner, id, then input or page request. */
export function gatewayParameters(call: Call, context: Context, last?: string): string[] {
  return [
    call.auth === "none"
      ? ""
      : call.auth === "optional"
        ? "accessToken: string | undefined"
        : "accessToken: string",
    call.owner ? "username: string" : "",
    call.id ? `id: ${context.idType}` : "",
    last ?? "",
  ].filter(Boolean);
}

/** The same arguments at a call site in the data layer (`token` inside apiWithAuth, `viewer.username`). */
export function gatewayArguments(call: Call, last?: string): string {
  return [
    call.auth === "none" ? "" : "token",
    call.owner ? "viewer.username" : "",
    call.id ? "id" : "",
    last ?? "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** The item's key in a URL path segment. */
export const keyInPath = (context: Context, variable: string) =>
  context.idKind === "integer"
    ? `\${${variable}.${context.key}}`
    : `\${encodeURIComponent(${variable}.${context.key})}`;

// src/data/<tag>.ts: the data layer, with the session checks each route needs before any backend call.
import { gatewayArguments, type Context } from "../context";
import type { Call } from "../resource";

/** A gateway call: through apiWithAuth when the route needs a bearer, apiWithOptionalAuth when it takes one. */
function through(call: Call, fn: string, last?: string): string {
  const invocation = `${fn}(${gatewayArguments(call, last)})`;
  if (call.auth === "none") return invocation;
  return `${call.auth === "optional" ? "apiWithOptionalAuth" : "apiWithAuth"}((token) => ${invocation})`;
}

export function data(context: Context): string {
  const { resource, names, fn, idType, superuserPages, superuserActions } = context;
  const { list, read, create, update, remove } = resource;
  const pageCheck = superuserPages ? "requireConfirmedSuperuser" : "requireConfirmedSession";
  const actionCheck = superuserActions ? "requireActionSuperuser" : "requireActionSession";
  const usesSession = (call: Call) => (call.owner ? "const session = " : "");
  const gatewayImports = [
    list ? fn.list : "",
    read ? fn.read : "",
    create ? fn.create : "",
    update ? fn.update : "",
    remove ? fn.remove : "",
    create || update ? `type ${fn.input}` : "",
  ].filter(Boolean);
  const calls = [list, read, create, update, remove];
  const withAuth = [
    calls.some((call) => call && (call.auth === "bearer" || call.auth === "superuser")) ? "apiWithAuth" : "",
    calls.some((call) => call?.auth === "optional") ? "apiWithOptionalAuth" : "",
  ].filter(Boolean);
  const ownerCheck = Boolean(read?.owner && (update?.owner || remove?.owner));
  const functions: string[] = [];

  if (list) {
    functions.push(`/** A section of its page: when FastAPI cannot list them, the rest of the page still renders. */
export async function ${fn.getList}(request: PageRequest) {
  ${usesSession(list)}await ${pageCheck}();
  return readSection(() => ${through(list, fn.list, "request")});
}`);
  }
  if (read) {
    functions.push(`/** The whole of its page: an unknown id is the not-found page. */
export async function ${fn.getOne}(id: ${idType}) {
  ${usesSession(read)}await ${pageCheck}();
  return readForPage(() => ${through(read, fn.read)});
}`);
  }
  if (ownerCheck && read) {
    functions.push(`/**
 * Looks the ${names.singular} up under the signed-in user's name first, so an id that is not theirs is a 404 before
 * anything changes, whatever FastAPI itself checks on writes.
 */
async function assertOwn${names.Singular}(username: string, id: ${idType}): Promise<void> {
  await ${through(read, fn.read).replace("session.username", "username")};
}`);
  }
  if (create) {
    functions.push(`export async function ${fn.add}(input: ${fn.input}) {
  ${usesSession(create)}await ${actionCheck}();
  return ${through(create, fn.create, "input")};
}`);
  }
  if (update) {
    functions.push(`export async function ${fn.save}(id: ${idType}, input: ${fn.input}) {
  ${usesSession(update) || (ownerCheck ? "const session = " : "")}await ${actionCheck}();
  ${ownerCheck ? `await assertOwn${names.Singular}(session.username, id);` : ""}
  await ${through(update, fn.update, "input")};
}`);
  }
  if (remove) {
    functions.push(`export async function ${fn.drop}(id: ${idType}) {
  ${usesSession(remove) || (ownerCheck ? "const session = " : "")}await ${actionCheck}();
  ${ownerCheck ? `await assertOwn${names.Singular}(session.username, id);` : ""}
  await ${through(remove, fn.remove)};
}`);
  }

  const imports = [
    list ? `import type { PageRequest } from "@/lib/api/pagination";` : "",
    `import { ${gatewayImports.join(", ")} } from "@/lib/api/${names.tag}";`,
    withAuth.length > 0 ? `import { ${withAuth.join(", ")} } from "@/lib/api/with-auth";` : "",
    "",
    list || read ? `import { ${pageCheck} } from "./current-user";` : "",
    read ? `import { readForPage } from "./page-read";` : "",
    list ? `import { readSection } from "./section";` : "",
    create || update || remove ? `import { ${actionCheck} } from "./session";` : "",
  ].filter((line, index) => line !== "" || index === 3);

  return `// Server-only data access for ${names.plural}: the session checks, then the gateway.
import "server-only";

${imports.join("\n")}

${functions.join("\n\n")}
`;
}

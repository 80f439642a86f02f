// src/data/<tag>.ts: the data layer, with the session checks each route needs before any backend call.
import { gatewayArguments, type Context } from "../context";
import type { Call } from "../resource";

/** A gateway call: through apiWithAuth when the route needs a bearer, apiWithOptionalAuth when it takes one. */
function through(call: Call, fn: string, last?: string): string {
  const invocation = `${fn}(${gatewayArguments(call, last)})`;
  if (call.auth === "none") return invocation;
  return `${call.auth === "optional" ? "apiWithOptionalAuth" : "apiWithAuth"}((token) => ${invocation})`;
}

/** The access option the layer's entry points take: superuser routes say so, the rest need any session. */
const access = (superuser: boolean) => (superuser ? ", SUPERUSER" : "");

export function data(context: Context): string {
  const { resource, names, fn, idType, superuserPages, superuserActions } = context;
  const { list, read, create, update, remove } = resource;
  const viewer = (call: Call, alsoWhen = false) => (call.owner || alsoWhen ? "(viewer)" : "()");
  const gatewayImports = [
    list ? fn.list : "",
    read ? fn.read : "",
    create ? fn.create : "",
    update ? fn.update : "",
    remove ? fn.remove : "",
    create || update ? `type ${fn.input}` : "",
    update && fn.updateInput !== fn.input ? `type ${fn.updateInput}` : "",
  ].filter(Boolean);
  const calls = [list, read, create, update, remove];
  const withAuth = [
    calls.some((call) => call && (call.auth === "bearer" || call.auth === "superuser")) ? "apiWithAuth" : "",
    calls.some((call) => call?.auth === "optional") ? "apiWithOptionalAuth" : "",
  ].filter(Boolean);
  const ownerCheck = Boolean(read?.owner && (update?.owner || remove?.owner));
  const entryPoints = [
    create || update || remove ? "forAction" : "",
    read ? "forPage" : "",
    list ? "forSection" : "",
  ];
  const usesSuperuser =
    ((list || read) && superuserPages) || ((create || update || remove) && superuserActions);
  const functions: string[] = [];

  if (list) {
    functions.push(`/** A section of its page: when FastAPI cannot list them, the rest of the page still renders. */
export const ${fn.getList} = (request: PageRequest) =>
  forSection(${viewer(list)} => ${through(list, fn.list, "request")}${access(superuserPages)});`);
  }
  if (read) {
    functions.push(`/** The whole of its page: an unknown id is the not-found page. */
export const ${fn.getOne} = (id: ${idType}) =>
  forPage(${viewer(read)} => ${through(read, fn.read)}${access(superuserPages)});`);
  }
  if (ownerCheck && read) {
    functions.push(`/**
 * Looks the ${names.singular} up under the signed-in user's name first, so an id that is not theirs is a 404 before
 * anything changes, whatever FastAPI itself checks on writes.
 */
async function assertOwn${names.Singular}(username: string, id: ${idType}): Promise<void> {
  await ${through(read, fn.read).replace("viewer.username", "username")};
}`);
  }
  /** A write: one call, or the ownership check first and then the call. */
  const write = (call: Call, invocation: string) =>
    ownerCheck
      ? `forAction(
    async (viewer) => {
      await assertOwn${names.Singular}(viewer.username, id);
      await ${invocation};
    }${access(superuserActions)},
  )`
      : `forAction(${viewer(call)} => ${invocation}${access(superuserActions)})`;
  if (create) {
    functions.push(`export const ${fn.add} = (input: ${fn.input}) =>
  forAction(${viewer(create)} => ${through(create, fn.create, "input")}${access(superuserActions)});`);
  }
  if (update) {
    functions.push(`export const ${fn.save} = (id: ${idType}, input: ${fn.updateInput}) =>
  ${write(update, through(update, fn.update, "input"))};`);
  }
  if (remove) {
    functions.push(`export const ${fn.drop} = (id: ${idType}) =>
  ${write(remove, through(remove, fn.remove))};`);
  }

  const imports = [
    list ? `import type { PageRequest } from "@/lib/api/pagination";` : "",
    `import { ${gatewayImports.join(", ")} } from "@/lib/api/${names.tag}";`,
    withAuth.length > 0 ? `import { ${withAuth.join(", ")} } from "@/lib/auth/with-auth";` : "",
    "",
    `import { ${entryPoints.filter(Boolean).join(", ")} } from "./request";`,
  ].filter((line, index) => line !== "" || index === 3);

  return `// Server-only data access for ${names.plural}: each call through the layer that checks the session first.
import "server-only";

${imports.join("\n")}
${usesSuperuser ? `\nconst SUPERUSER = { role: "superuser" } as const;\n` : ""}
${functions.join("\n\n")}
`;
}

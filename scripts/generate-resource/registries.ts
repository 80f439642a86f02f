// The existing files a new resource joins: the app's page list and the mock's handlers, each appended to once.
import type { Context } from "./context";

export interface Registry {
  file: string;
  /** The file's new text, or null when it already lists the resource. */
  update: (text: string, context: Context) => string | null;
}

/** Inserts `entry` before the closing bracket of the list that starts at `opening`. */
function appendToList(text: string, opening: string, closing: string, entry: string, file: string): string {
  const start = text.indexOf(opening);
  if (start === -1) throw new Error(`${file}: cannot find "${opening}" to add to`);
  const end = text.indexOf(closing, start + opening.length);
  if (end === -1) throw new Error(`${file}: "${opening}" is not closed by "${closing}"`);
  const before = text.slice(0, end).replace(/\s*$/, "");
  const separator = before.endsWith(",") || before.endsWith(opening.trim().slice(-1)) ? "" : ",";
  return `${before}${separator}\n  ${entry},\n${text.slice(end)}`;
}

/** Adds a name to a named import (`import { A, B } from "module"`) unless it is there. */
function addNamedImport(text: string, module: string, name: string, file: string): string {
  const pattern = new RegExp(
    `import \\{([^}]*)\\} from "${module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}";`,
  );
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`${file}: no named import from "${module}"`);
  const names = match[1]
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (names.includes(name)) return text;
  return text.replace(pattern, `import { ${[...names, name].join(", ")} } from "${module}";`);
}

/** Adds an import line after the last import of the file. */
function addImportLine(text: string, line: string): string {
  if (text.includes(line)) return text;
  const imports = [...text.matchAll(/^import [^;]+;$/gm)];
  const last = imports.at(-1);
  if (!last || last.index === undefined) return `${line}\n${text}`;
  const end = last.index + last[0].length;
  return `${text.slice(0, end)}\n${line}${text.slice(end)}`;
}

/** The entries of src/lib/routes.ts for the pages the resource gets (generate.ts plans the same ones). */
function pageEntries({
  route,
  resource,
  names,
  notices,
  superuserPages,
  superuserActions,
}: Context): string[] {
  const { list, create, read, update } = resource;
  const pageAccess = superuserPages ? "superuser" : "signed-in";
  const formAccess = superuserPages || superuserActions ? "superuser" : "signed-in";
  const texts = Object.values(notices).map(
    (notice) => `${JSON.stringify(notice.key)}: ${JSON.stringify(notice.text)}`,
  );
  const label = names.Plural.replace(/([a-z])([A-Z])/g, "$1 $2");
  return [
    `{ path: "${route}", label: "${label}", access: "${pageAccess}", icon: Layers${list ? `, skeleton: "table"` : ""}${
      texts.length > 0 ? `, notices: { ${texts.join(", ")} }` : ""
    } }`,
    list && create ? `{ path: "${route}/new", label: "New ${names.singular}", access: "${formAccess}" }` : "",
    read ? `{ path: "${route}/[id]", label: (id) => id, access: "${pageAccess}" }` : "",
    read && update ? `{ path: "${route}/[id]/edit", label: "Edit", access: "${formAccess}" }` : "",
  ].filter(Boolean);
}

export const REGISTRIES: Registry[] = [
  {
    file: "src/lib/routes.ts",
    update: (text, context) => {
      if (text.includes(`path: "${context.route}"`)) return null;
      const listed = pageEntries(context).reduce(
        (result, entry) =>
          appendToList(
            result,
            "export const DASHBOARD_PAGES = [",
            "] as const satisfies",
            entry,
            "routes.ts",
          ),
        text,
      );
      return addNamedImport(listed, "lucide-react", "Layers", "routes.ts");
    },
  },
  {
    file: "tests/mocks/handlers/index.ts",
    update: (text, { names }) => {
      const handlers = `${names.plural.replace(/ /g, "")}Handlers`;
      if (new RegExp(`\\b${handlers}\\b`).test(text)) return null;
      const imported = addImportLine(text, `import { ${handlers} } from "./${names.tag}";`);
      return appendToList(imported, "const resources = [", "];", handlers, "handlers/index.ts");
    },
  },
];

// The existing files a new resource joins: each is a small list the generator appends to, once.
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

export const REGISTRIES: Registry[] = [
  {
    file: "src/lib/notices.ts",
    update: (text, { notices }) => {
      const entries = Object.values(notices).filter((notice) => !text.includes(`"${notice.key}"`));
      if (entries.length === 0) return null;
      return entries.reduce(
        (result, notice) =>
          appendToList(
            result,
            "const NOTICES = {",
            "} as const;",
            `"${notice.key}": ${JSON.stringify(notice.text)}`,
            "notices.ts",
          ),
        text,
      );
    },
  },
  {
    file: "src/components/layout/app-sidebar.tsx",
    update: (text, { route, names }) => {
      if (text.includes(`href: "${route}"`)) return null;
      const title = names.Plural.replace(/([a-z])([A-Z])/g, "$1 $2");
      const listed = appendToList(
        text,
        "const NAV_ITEMS: NavItem[] = [",
        "];",
        `{ title: "${title}", href: "${route}", icon: Layers }`,
        "app-sidebar.tsx",
      );
      return addNamedImport(listed, "lucide-react", "Layers", "app-sidebar.tsx");
    },
  },
  {
    file: "src/components/layout/pending-navigation.tsx",
    update: (text, { route, resource }) => {
      const pattern = `/^${route.replaceAll("/", "\\/")}$/`;
      if (!resource.list || text.includes(pattern)) return null;
      return appendToList(
        text,
        "const PAGE_SKELETONS",
        "];",
        `{ path: ${pattern}, skeleton: TableSkeleton }`,
        "pending-navigation.tsx",
      );
    },
  },
  {
    file: "src/lib/breadcrumbs.ts",
    update: (text, { names }) => {
      const key = /^[a-z][a-z0-9]*$/.test(names.tag) ? names.tag : JSON.stringify(names.tag);
      if (new RegExp(`^  ${key.replace(/"/g, '\\"')}:`, "m").test(text)) return null;
      const label = names.Plural.replace(/([a-z])([A-Z])/g, "$1 $2");
      const withList = appendToList(
        text,
        "const LABELS: Record<string, string> = {",
        "};",
        `${key}: "${label}"`,
        "breadcrumbs.ts",
      );
      return appendToList(
        withList,
        "const LABELS: Record<string, string> = {",
        "};",
        `"${names.tag}/new": "New ${names.singular}"`,
        "breadcrumbs.ts",
      );
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

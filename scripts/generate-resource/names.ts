// The names a resource's files, types, functions and texts are built from, derived from its OpenAPI tag.

export interface ResourceNames {
  /** The tag as written in the document, e.g. "notes": the URL segment and the file names. */
  tag: string;
  plural: string;
  singular: string;
  /** "Note" / "Notes": type and component names. */
  Singular: string;
  Plural: string;
  /** "note": the kebab-case file-name stem of one item. */
  singularFile: string;
}

const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const pascalCase = (text: string) => words(text).map(capitalise).join("");
export const camelCase = (text: string) => {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
};

/** English plurals the way API tags use them: notes → note, categories → category, boxes → box. */
function singularOf(plural: string): string {
  if (/ies$/.test(plural)) return plural.replace(/ies$/, "y");
  if (/(ss|x|ch|sh)es$/.test(plural)) return plural.replace(/es$/, "");
  if (/[^s]s$/.test(plural)) return plural.slice(0, -1);
  return plural;
}

export function namesFor(tag: string): ResourceNames {
  const plural = words(tag).join(" ").toLowerCase();
  const singular = singularOf(plural);
  return {
    tag,
    plural,
    singular,
    Singular: pascalCase(singular),
    Plural: pascalCase(plural) === pascalCase(singular) ? `${pascalCase(plural)}List` : pascalCase(plural),
    singularFile: words(singular).join("-"),
  };
}

/** "created_by_user_id" → "Created by user id": a label when the schema has no title. */
export const labelOf = (name: string) => {
  const text = words(name).join(" ").toLowerCase();
  return capitalise(text);
};

// `npm run api:generate [-- <path or URL>]`: adopts a backend's OpenAPI document and regenerates the API types.
import {
  PROJECT_DOCUMENT,
  adoptDocument,
  parseDocument,
  readDocumentText,
} from "./generate-resource/openapi";

const source = process.argv[2] ?? PROJECT_DOCUMENT;
const root = process.cwd();
const text = await readDocumentText(source, root);
parseDocument(text, source);
const changed = await adoptDocument(root, text);
console.log(
  changed.length > 0 ? `Updated ${changed.join(", ")}` : "The document and the types are up to date.",
);

// `npm run generate:resource -- --tag <tag> [--openapi <path or URL>] [--dry-run]`: a tested CRUD feature from one tag.
import { parseArgs } from "node:util";

import { generate } from "./generate-resource/generate";

const USAGE = "Usage: npm run generate:resource -- --tag <tag> [--openapi <path or URL>] [--dry-run]";

const { values } = parseArgs({
  options: {
    tag: { type: "string" },
    openapi: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  },
});

if (!values.tag) {
  console.error(USAGE);
  process.exit(2);
}

try {
  await generate({
    tag: values.tag,
    openapi: values.openapi,
    dryRun: values["dry-run"],
    root: process.cwd(),
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Turns the app's route files into the URLs they serve, so test lists follow the pages that exist.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Values to put in each dynamic segment, by its name (`[id]` → `id`): one URL per value. */
export type SampleValues = Readonly<Record<string, readonly string[]>>;

/** Every `page.tsx` under `dir`, as paths relative to it, sorted. */
function pageFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|[/\\])page\.tsx$/.test(file))
    .map((file) => file.split(/[/\\]/).join("/"))
    .sort();
}

/** `[id]`, `[...slug]` and `[[...slug]]` name the segment `id` and `slug`; anything else is not dynamic. */
const dynamicName = (segment: string) => /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment)?.[1];

/**
 * The URLs of the pages under `appDir/routeDir`, e.g. `app/dashboard/(overview)/page.tsx` → `/dashboard` and
 * `app/dashboard/posts/[id]/edit/page.tsx` → `/dashboard/posts/1/edit` with `{ id: ["1"] }`. Route groups
 * `(name)` and parallel slots `@name` add nothing to the URL; private folders `_name` hold no routes. A dynamic
 * segment without sample values throws, naming the page and where to add them.
 */
export function routesUnder(
  appDir: string,
  routeDir: string,
  samples: SampleValues,
  samplesFile: string,
): string[] {
  const routes: string[] = [];
  for (const file of pageFiles(join(appDir, routeDir))) {
    const segments = [...routeDir.split("/"), ...file.split("/").slice(0, -1)];
    if (segments.some((segment) => segment.startsWith("_"))) continue;
    let urls = [""];
    for (const segment of segments) {
      if (/^\(.*\)$/.test(segment) || segment.startsWith("@")) continue;
      const name = dynamicName(segment);
      const values = name === undefined ? [segment] : samples[name];
      if (!values?.length) {
        const page = relative(process.cwd(), join(appDir, routeDir, file));
        throw new Error(
          `${page} has the dynamic segment ${segment} but no sample value for it: add "${name}" to the ` +
            `sample values in ${samplesFile}, so the security and accessibility suites can visit the page.`,
        );
      }
      urls = urls.flatMap((url) => values.map((value) => `${url}/${encodeURIComponent(value)}`));
    }
    routes.push(...urls);
  }
  return routes;
}

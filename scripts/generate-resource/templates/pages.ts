// app/dashboard/<tag>/…: the list (or form and lookup) page, the new, details and edit pages.
import { appName, holdsNull } from "../code";
import { keyInPath, type Context } from "../context";
import { idFieldName } from "./validations";

const pageCheck = (context: Context) =>
  context.superuserPages ? `viewerForPage({ role: "superuser" })` : "viewerForPage()";
/** The create and edit pages also need what their action needs: a form a user cannot send is not shown. */
const formPageCheck = (context: Context) =>
  context.superuserPages || context.superuserActions
    ? `viewerForPage({ role: "superuser" })`
    : "viewerForPage()";

/** The page's id parameter, checked: an id that cannot exist is the not-found page without a backend call. */
const readId = (context: Context) =>
  `const id = segmentOrNotFound((await params).id, ${context.idKind === "integer" ? "idSegment" : idFieldName(context)});`;

const idImport = (context: Context) =>
  `import { segmentOrNotFound } from "@/lib/route-segment";\n${
    context.idKind === "integer"
      ? `import { idSegment } from "@/lib/validations/fields";`
      : `import { ${idFieldName(context)} } from "@/lib/validations/${context.names.tag}";`
  }`;

/** Only a read that can answer null needs the not-found page beyond the id's own check. */
const notFoundImport = (context: Context) =>
  context.resource.read?.answer === "item-or-null" ? `import { notFound } from "next/navigation";\n` : "";

const heading = (context: Context) =>
  context.resource.list?.owner
    ? `Your ${context.names.plural}`
    : context.names.Plural.replace(/([a-z])([A-Z])/g, "$1 $2");

export function listPage(context: Context): string {
  const { names, fn, route, components, resource } = context;
  const variable = names.plural.replace(/ /g, "");
  return `import { Layers, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "@/components/layout/empty-state";
import { Notice } from "@/components/layout/notice";
import { PageHeader } from "@/components/layout/page-header";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { ${components.table} } from "@/components/${names.tag}/${names.singularFile}-table";
import { Button } from "@/components/ui/button";
import { ${fn.getList} } from "@/data/${names.tag}";
import { noticeFor } from "@/lib/notices";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "${heading(context)}" };

export default async function ${names.Plural}Page({ searchParams }: PageProps<"${route}">) {
  const params = await searchParams;
  const ${variable} = await ${fn.getList}(readPageRequest(params));
  return (
    <>
      <PageHeader
        title="${heading(context)}"
        ${
          resource.create
            ? `actions={
          <Button asChild>
            <Link href="${route}/new">
              <Plus aria-hidden="true" />
              New ${names.singular}
            </Link>
          </Button>
        }`
            : ""
        }
      />
      <Notice message={noticeFor(params.done)} />
      <SectionContent section={${variable}} what="${heading(context)}">
        {(${variable}) => (
          <>
            {${variable}.items.length > 0 ? (
              <${components.table} ${variable}={${variable}.items} />
            ) : ${variable}.total > 0 ? (
              <EmptyState icon={Layers} title="There are no ${names.plural} on this page." />
            ) : (
              <EmptyState
                icon={Layers}
                title="There are no ${names.plural} yet."
                ${
                  resource.create
                    ? `action={
                  <Button asChild variant="outline">
                    <Link href="${route}/new">Create the first ${names.singular}</Link>
                  </Button>
                }`
                    : ""
                }
              />
            )}
            <PaginationNav page={${variable}} basePath="${route}" noun={{ one: "${names.singular}", many: "${names.plural}" }} />
          </>
        )}
      </SectionContent>
    </>
  );
}
`;
}

/** Without a list: the create form and a lookup by id on one page; `?id=` opens that item's page. */
export function formAndLookupPage(context: Context): string {
  const { names, fn, route, components, resource } = context;
  return `import type { Metadata } from "next";
import { redirect } from "next/navigation";

${resource.create ? `import { ${fn.createAction} } from "@/actions/${names.tag}";\n` : ""}import { Notice } from "@/components/layout/notice";
import { PageHeader } from "@/components/layout/page-header";
${resource.create ? `import { ${components.form} } from "@/components/${names.tag}/${names.singularFile}-form";\n` : ""}${resource.read ? `import { ${components.lookup} } from "@/components/${names.tag}/${names.singularFile}-lookup";\n` : ""}import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { viewerForPage } from "@/data/request";
import { noticeFor } from "@/lib/notices";

export const metadata: Metadata = { title: "${heading(context)}" };

export default async function ${names.Plural}Page({ searchParams }: PageProps<"${route}">) {
  await ${pageCheck(context)};
  const params = await searchParams;
  ${
    resource.read
      ? `// The lookup form is a GET form: its answer arrives here as ?id=… and goes on to that ${names.singular}'s page.
  if (typeof params.id === "string" && params.id.trim() !== "") {
    redirect(\`${route}/\${encodeURIComponent(params.id.trim())}\`);
  }`
      : ""
  }
  return (
    <>
      <PageHeader title="${heading(context)}" />
      <Notice message={noticeFor(params.done)} />
      <div className="grid max-w-2xl gap-6">
        ${
          resource.create
            ? `<Card>
          <CardHeader>
            <CardTitle><h2>New ${names.singular}</h2></CardTitle>
          </CardHeader>
          <CardContent>
            <${components.form} action={${fn.createAction}} submitLabel="Create ${names.singular}" />
          </CardContent>
        </Card>`
            : ""
        }
        ${
          resource.read
            ? `<Card>
          <CardHeader>
            <CardTitle><h2>Look up a ${names.singular}</h2></CardTitle>
            <CardDescription>Open a ${names.singular} by the id it was given.</CardDescription>
          </CardHeader>
          <CardContent>
            <${components.lookup} />
          </CardContent>
        </Card>`
            : ""
        }
      </div>
    </>
  );
}
`;
}

export function newPage(context: Context): string {
  const { names, fn, components } = context;
  return `import type { Metadata } from "next";

import { ${fn.createAction} } from "@/actions/${names.tag}";
import { PageHeader } from "@/components/layout/page-header";
import { ${components.form} } from "@/components/${names.tag}/${names.singularFile}-form";
import { Card, CardContent } from "@/components/ui/card";
import { viewerForPage } from "@/data/request";

export const metadata: Metadata = { title: "New ${names.singular}" };

export default async function New${names.Singular}Page() {
  await ${formPageCheck(context)};
  return (
    <>
      <PageHeader title="New ${names.singular}" />
      <Card className="max-w-2xl">
        <CardContent>
          <${components.form} action={${fn.createAction}} submitLabel="Create ${names.singular}" />
        </CardContent>
      </Card>
    </>
  );
}
`;
}

export function detailPage(context: Context): string {
  const { names, fn, route, components, resource, itemTitle } = context;
  const variable = names.singular.replace(/ /g, "");
  const orNull = resource.read?.answer === "item-or-null";
  const title = itemTitle ? `${variable}.${appName(itemTitle)}` : `\`${names.Singular} \${id}\``;
  const actions = [
    resource.update
      ? `<Button asChild variant="outline">
              <Link href={\`${route}/${keyInPath(context, variable)}/edit\`}>
                <Pencil aria-hidden="true" />
                Edit
              </Link>
            </Button>`
      : "",
    resource.remove
      ? `<${components.deleteButton} id={${variable}.${context.key}} title={${itemTitle ? title : `String(${variable}.${context.key})`}} />`
      : "",
  ].filter(Boolean);
  return `${resource.update ? `import { Pencil } from "lucide-react";\n` : ""}import type { Metadata } from "next";
${resource.update ? `import Link from "next/link";\n` : ""}${notFoundImport(context)}
${resource.remove ? `import { ${components.deleteButton} } from "@/components/${names.tag}/delete-${names.singularFile}-button";\n` : ""}import { ${components.details} } from "@/components/${names.tag}/${names.singularFile}-details";
import { Notice } from "@/components/layout/notice";
import { PageHeader } from "@/components/layout/page-header";
${resource.update ? `import { Button } from "@/components/ui/button";\n` : ""}import { Card, CardContent } from "@/components/ui/card";
import { ${fn.getOne} } from "@/data/${names.tag}";
import { noticeFor } from "@/lib/notices";
${idImport(context)}

export const metadata: Metadata = { title: "${names.Singular}" };

export default async function ${names.Singular}Page({ params, searchParams }: PageProps<"${route}/[id]">) {
  ${readId(context)}
  const ${variable} = await ${fn.getOne}(id);
  ${orNull ? `if (${variable} === null) notFound();` : ""}
  return (
    <>
      <PageHeader
        title={${title}}
        ${actions.length > 0 ? `actions={<div className="flex flex-wrap gap-2">${actions.join("\n")}</div>}` : ""}
      />
      <Notice message={noticeFor((await searchParams).done)} />
      <Card className="max-w-3xl">
        <CardContent>
          <${components.details} ${variable}={${variable}} />
        </CardContent>
      </Card>
    </>
  );
}
`;
}

export function editPage(context: Context): string {
  const { names, fn, route, components, resource, formFields } = context;
  const variable = names.singular.replace(/ /g, "");
  const itemFields = new Map(resource.item.fields.map((field) => [field.name, field]));
  const defaults = formFields.map((field) => {
    const item = itemFields.get(field.name);
    if (!item) return `${field.name}: ""`;
    const value = `${variable}.${appName(item)}`;
    if (field.kind === "boolean") return `${field.name}: ${holdsNull(item) ? `${value} ?? false` : value}`;
    // datetime-local shows the UTC wall time the form sends back with its offset.
    const text =
      field.format === "date-time"
        ? `new Date(${value}).toISOString().slice(0, 16)`
        : item.kind === "string" || item.kind === "enum"
          ? value
          : `String(${value})`;
    return holdsNull(item) ? `${field.name}: ${value} === null ? "" : ${text}` : `${field.name}: ${text}`;
  });
  return `import type { Metadata } from "next";
${notFoundImport(context)}
import { ${fn.updateAction} } from "@/actions/${names.tag}";
import { ${components.form} } from "@/components/${names.tag}/${names.singularFile}-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { ${fn.getOne} } from "@/data/${names.tag}";
${context.superuserActions && !context.superuserPages ? `import { viewerForPage } from "@/data/request";\n` : ""}${idImport(context)}

export const metadata: Metadata = { title: "Edit ${names.singular}" };

export default async function Edit${names.Singular}Page({ params }: PageProps<"${route}/[id]/edit">) {
  ${context.superuserActions && !context.superuserPages ? `await viewerForPage({ role: "superuser" });` : ""}
  ${readId(context)}
  const ${variable} = await ${fn.getOne}(id);
  ${resource.read?.answer === "item-or-null" ? `if (${variable} === null) notFound();` : ""}
  return (
    <>
      <PageHeader title="Edit ${names.singular}" />
      <Card className="max-w-2xl">
        <CardContent>
          <${components.form}
            action={${fn.updateAction}.bind(null, ${variable}.${context.key})}
            defaultValues={{ ${defaults.join(", ")} }}
            submitLabel="Save ${names.singular}"
            cancelHref={\`${route}/${keyInPath(context, variable)}\`}
          />
        </CardContent>
      </Card>
    </>
  );
}
`;
}

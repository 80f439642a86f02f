// src/components/<tag>/: the form, the table, the details view, the delete button and the lookup form.
import { appName, controlLabel, formDefault, hintOf, holdsNull, isLongText, literal } from "../code";
import { keyInPath, type Context } from "../context";
import type { Field } from "../fields";

/** The control of one form field, by its kind and format. */
export function control(field: Field): string {
  const hint = hintOf(field);
  const common = `label=${literal(controlLabel(field))} registration={field("${field.name}")} error={errors.${field.name}}${hint ? ` hint=${literal(hint)}` : ""}`;
  if (field.kind === "boolean") return `<CheckboxField ${common} />`;
  if (field.kind === "enum") {
    const options = (field.options ?? []).map(
      (option) => `{ value: ${literal(option)}, label: ${literal(option)} }`,
    );
    // An empty first option where the field may be empty, or must be chosen; a default needs none.
    const empty = field.required
      ? ` emptyOption="Choose…"`
      : field.nullable || field.default === undefined
        ? ` emptyOption="—"`
        : "";
    return `<SelectField ${common} options={[${options.join(", ")}]}${empty} />`;
  }
  if (isLongText(field)) return `<TextAreaField ${common} rows={6} />`;
  const type =
    {
      integer: ` inputMode="numeric"`,
      number: ` inputMode="decimal"`,
      email: ` type="email"`,
      uri: ` type="url"`,
      date: ` type="date"`,
      "date-time": ` type="datetime-local"`,
    }[field.kind === "string" ? (field.format ?? "") : field.kind] ?? "";
  return `<TextField ${common}${type} />`;
}

const isTextControl = (field: Field) =>
  field.kind !== "boolean" && field.kind !== "enum" && !isLongText(field);

export function form(context: Context): string {
  const { names, fn, formFields, route, components, resource } = context;
  const controls = formFields.map(control);
  const usesArea = formFields.some(isLongText);
  const edits = Boolean(resource.update);
  // Without a list or an edit page the form is one section of the tag's page, with nowhere to cancel to.
  const cancels = Boolean(resource.list || resource.update);
  return `"use client";

import { zodResolver } from "@hookform/resolvers/zod";
${
  cancels
    ? `import Link from "next/link";
`
    : ""
}
${
  formFields.some((field) => field.kind === "boolean")
    ? `import { CheckboxField } from "@/components/form/checkbox-field";
`
    : ""
}import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
${
  usesArea
    ? `import { TextAreaField } from "@/components/form/text-area-field";
`
    : ""
}${
    formFields.some((field) => field.kind === "enum")
      ? `import { SelectField } from "@/components/form/select-field";
`
      : ""
  }${
    formFields.some(isTextControl)
      ? `import { TextField } from "@/components/form/text-field";
`
      : ""
  }${
    cancels
      ? `import { Button } from "@/components/ui/button";
`
      : ""
  }import { useActionForm } from "@/hooks/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { ${fn.schema}, type ${fn.formValues} } from "@/lib/validations/${names.tag}";

interface ${components.form}Props {
  /** ${edits ? `The create or update action, already bound to the ${names.singular}'s id when editing.` : `The action that creates the ${names.singular}.`} */
  action: FormAction;
  defaultValues?: ${fn.formValues};
  submitLabel: string;${
    cancels
      ? `
  /** Where Cancel leads. */
  cancelHref?: string;`
      : ""
  }
}

const EMPTY: ${fn.formValues} = { ${formFields.map((field) => `${field.name}: ${literal(formDefault(field))}`).join(", ")} };

/** ${edits ? `One form for creating and editing a ${names.singular}.` : `The form that creates a ${names.singular}.`} On success the action redirects; on failure the input stays. */
export function ${components.form}({ action, defaultValues, submitLabel${cancels ? `, cancelHref = "${route}"` : ""} }: ${components.form}Props) {
  const { form, field, pending, formAction, onSubmit } = useActionForm({
    action,
    resolver: zodResolver(${fn.schema}),
    defaultValues: defaultValues ?? EMPTY,
  });
  const { errors } = form.formState;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label={submitLabel} className="grid gap-5">
      <FormAlert error={errors.root?.server} />
      ${controls.join("\n      ")}
      <div className="flex items-center gap-2">
        <SubmitButton pending={pending} label={submitLabel} pendingLabel="Saving…" />
        ${
          cancels
            ? `<Button asChild variant="ghost">
          <Link href={cancelHref}>Cancel</Link>
        </Button>`
            : ""
        }
      </div>
    </form>
  );
}
`;
}

/**
 * How a value of the item shows in a cell or a definition: text as text, yes/no, numbers and dates formatted, web
 * addresses as links (others as text), nothing as a dash.
 */
export function valueExpression(name: string, field: Field): string {
  const shown = (() => {
    if (field.kind === "boolean") return `{${name} ? "Yes" : "No"}`;
    if (field.kind === "integer" || field.kind === "number") return `{numberFormat.format(${name})}`;
    if (field.format === "date-time")
      return `<time dateTime={${name}}>{dateTimeFormat.format(new Date(${name}))}</time>`;
    if (field.format === "date")
      return `<time dateTime={${name}}>{dateFormat.format(new Date(${name}))}</time>`;
    if (field.format === "uri") {
      return `{isWebUrl(${name}) ? <a href={${name}} rel="noreferrer" className="text-primary underline-offset-4 hover:underline">{${name}}</a> : ${name}}`;
    }
    return undefined;
  })();
  if (shown === undefined) return `{show(${name})}`;
  return holdsNull(field) ? `{${name} === null ? "—" : <>${shown}</>}` : shown;
}

const SHOW = `/** User content stays text: React escapes it, and nothing here bypasses that. */
const show = (value: unknown) =>
  value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);`;

/** The formats the shown fields need, in the fixed locale and zone the server and the browser agree on. */
function formats(fields: Field[]): string {
  const uses = (test: (field: Field) => boolean) => fields.some(test);
  return [
    uses((field) => field.format === "date-time")
      ? `const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });`
      : "",
    // A date is a calendar day: read at UTC midnight, shown in UTC, it is the same day everywhere.
    uses((field) => field.format === "date")
      ? `const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });`
      : "",
    uses((field) => field.kind === "integer" || field.kind === "number")
      ? `const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
}

const urlImport = (fields: Field[]) =>
  fields.some((field) => field.format === "uri") ? `import { isWebUrl } from "@/lib/safe-url";\n` : "";

export function table(context: Context): string {
  const {
    names,
    resource,
    route,
    components,
    itemTitle,
    resource: { remove },
  } = context;
  const columns = resource.item.fields
    .filter((field) => field.kind !== "json" && field.name !== "id")
    .slice(0, 4);
  const variable = names.singular.replace(/ /g, "");
  const title = itemTitle ? `${variable}.${appName(itemTitle)}` : `String(${variable}.${context.key})`;
  return `import { CardTable } from "@/components/layout/card-table";
import { NavLink } from "@/components/layout/pending-navigation";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ${names.Singular} } from "@/lib/api/${names.tag}";
${urlImport(columns)}${remove ? `\nimport { ${components.deleteButton} } from "./delete-${names.singularFile}-button";\n` : ""}
interface ${components.table}Props {
  ${names.plural.replace(/ /g, "")}: ${names.Singular}[];
}

${columns.some((field) => valueExpression("value", field) === "{show(value)}") ? SHOW : ""}
${formats(columns)}

/** ${names.Plural} as a table; each links to its page. */
export function ${components.table}({ ${names.plural.replace(/ /g, "")} }: ${components.table}Props) {
  return (
    <CardTable caption="${names.Plural}">
      <TableHeader>
        <TableRow>
          ${columns.map((field) => `<TableHead className="px-4">${field.label}</TableHead>`).join("\n          ")}
          ${remove ? `<TableHead className="px-4"><span className="sr-only">Actions</span></TableHead>` : ""}
        </TableRow>
      </TableHeader>
      <TableBody>
        {${names.plural.replace(/ /g, "")}.map((${variable}) => (
          <TableRow key={${variable}.${context.key}}>
            ${columns
              .map((field, index) =>
                index === 0
                  ? `<TableCell className="px-4 whitespace-normal break-words"><NavLink href={\`${route}/${keyInPath(context, variable)}\`} className="font-medium text-primary underline-offset-4 hover:underline">${valueExpression(`${variable}.${appName(field)}`, field)}</NavLink></TableCell>`
                  : `<TableCell className="px-4 whitespace-normal break-words">${valueExpression(`${variable}.${appName(field)}`, field)}</TableCell>`,
              )
              .join("\n            ")}
            ${remove ? `<TableCell className="px-4 text-right"><${components.deleteButton} id={${variable}.${context.key}} title={${title}} /></TableCell>` : ""}
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}
`;
}

export function details(context: Context): string {
  const { names, resource, components } = context;
  const variable = names.singular.replace(/ /g, "");
  const modelled = resource.item.schema !== undefined;
  const rows = modelled
    ? resource.item.fields.map(
        (field) => `<div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
          <dt className="text-sm text-muted-foreground">${field.label}</dt>
          <dd className="text-sm break-words whitespace-pre-wrap">${valueExpression(`${variable}.${appName(field)}`, field)}</dd>
        </div>`,
      )
    : [];
  const shown = modelled ? resource.item.fields : [];
  return `import type { ${names.Singular} } from "@/lib/api/${names.tag}";
${urlImport(shown)}
interface ${components.details}Props {
  ${variable}: ${names.Singular};
}

${!modelled || shown.some((field) => valueExpression("value", field) === "{show(value)}") ? SHOW : ""}
${formats(shown)}

/** Every property of one ${names.singular}, labelled. */
export function ${components.details}({ ${variable} }: ${components.details}Props) {
  return (
    <dl className="grid gap-3">
      ${
        modelled
          ? rows.join("\n      ")
          : `{Object.entries(${variable}).map(([name, value]) => (
        <div key={name} className="grid gap-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-mono text-sm text-muted-foreground">{name}</dt>
          <dd className="text-sm break-words whitespace-pre-wrap">{show(value)}</dd>
        </div>
      ))}`
      }
    </dl>
  );
}
`;
}

export function deleteButton(context: Context): string {
  const { names, fn, components, idType } = context;
  return `"use client";

import { ${fn.deleteAction} } from "@/actions/${names.tag}";
import { ConfirmButton } from "@/components/form/confirm-button";

interface ${components.deleteButton}Props {
  id: ${idType};
  /** Names the ${names.singular} in the question. */
  title: string;
}

export function ${components.deleteButton}({ id, title }: ${components.deleteButton}Props) {
  return (
    <ConfirmButton
      label="Delete"
      question={\`Delete “\${title}”?\`}
      consequence="This cannot be undone."
      confirmLabel="Delete ${names.singular}"
      pendingLabel="Deleting…"
      action={${fn.deleteAction}.bind(null, id)}
    />
  );
}
`;
}

export function lookup(context: Context): string {
  const { names, route, components } = context;
  return `import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Opens a ${names.singular} by its id. A plain GET form: it works without JavaScript, and the page it posts to
 * turns \`?id=\` into the ${names.singular}'s own address.
 */
export function ${components.lookup}() {
  return (
    <form action="${route}" method="get" aria-label="Look up a ${names.singular}" className="grid gap-3">
      <div className="grid gap-2">
        <Label htmlFor="${names.singularFile}-lookup-id">${names.Singular} id</Label>
        <Input id="${names.singularFile}-lookup-id" name="id" required autoComplete="off" spellCheck={false} />
      </div>
      <div>
        <Button type="submit" variant="outline">
          Look up
        </Button>
      </div>
    </form>
  );
}
`;
}

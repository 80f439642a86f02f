// The generated tests: the gateway against the embedded backend (MSW), the actions, the form, one browser flow.
import { appName, controlLabel, literal, requiredMessage, sampleInput, sampleValue } from "../code";
import type { Context } from "../context";
import type { Field } from "../fields";
import type { Call } from "../resource";

/** A request's values that pass every rule, as a TypeScript object literal (optional fields left out). */
const inputLiteral = (fields: Field[], variant = "") =>
  `{ ${fields
    .filter((field) => field.required)
    .map((field) => `${field.name}: ${sampleInput(field, variant)}`)
    .join(", ")} }`;

/** What the form posts for those values: every input, as text. */
const formLiteral = (fields: Field[], variant = "") =>
  `{ ${fields.map((field) => `${field.name}: ${literal(sampleValue(field, variant))}`).join(", ")} }`;

/** The item's app properties that echo the input, for toMatchObject. */
function echoed(context: Context, variant = ""): string {
  const itemNames = new Set(context.resource.item.fields.map((field) => field.name));
  const fields = context.formFields.filter((field) => field.required && itemNames.has(field.name));
  return `{ ${fields.map((field) => `${appName(field)}: ${sampleInput(field, variant)}`).join(", ")} }`;
}

/** A gateway call's arguments in a test, from the signed-in account `me`. */
const args = (call: Call, ...rest: string[]) =>
  [call.auth === "none" ? "" : "me.accessToken", call.owner ? "me.username" : "", ...rest]
    .filter(Boolean)
    .join(", ");

/** Whether a call's test arguments name the signed-in account. */
const usesAccount = (call?: Call) => Boolean(call && (call.auth !== "none" || call.owner));

/** A field the user must fill in: required, so without a default; a checkbox always holds a value. */
const needsInput = (field: Field) => field.required && field.kind !== "boolean";
const firstRequired = (context: Context) => context.formFields.find(needsInput);
/** The field edits change: the first required plain text field. */
const editedField = (context: Context) =>
  context.formFields.find((field) => needsInput(field) && field.kind === "string" && !field.format) ??
  firstRequired(context);

/** How a test sets a control: a select by its option, a date by its value, text by typing. */
function fillStatement(field: Field, variant: string): string {
  const control = `screen.getByLabelText(${literal(controlLabel(field))})`;
  const value = literal(sampleValue(field, variant));
  if (field.kind === "enum") return `await user.selectOptions(${control}, ${value});`;
  // user-event cannot type into date and datetime-local inputs; a change event is what a picker sends.
  if (field.format === "date" || field.format === "date-time")
    return `fireEvent.change(${control}, { target: { value: ${value} } });`;
  return `await user.type(${control}, ${value});`;
}

export function gatewayTest(context: Context): string {
  const { resource, names, fn } = context;
  const { list, read, create, update, remove } = resource;
  const imports = [
    list ? fn.list : "",
    read ? fn.read : "",
    create ? fn.create : "",
    update ? fn.update : "",
    remove ? fn.remove : "",
  ].filter(Boolean);
  const tests: string[] = [];
  if (create && read && create.answer === "id") {
    tests.push(`it("creates a ${names.singular} and reads it back by the id FastAPI answered", async () => {
    const me = await signInNewAccount();

    const id = await ${fn.create}(${args(create, "INPUT")});

    expect(await ${fn.read}(${args(read, "id")})).not.toBeNull();
  });`);
  }
  if (read?.answer === "item-or-null") {
    tests.push(`it("answers null for an id FastAPI does not know", async () => {
    ${read.auth !== "none" || read.owner ? "const me = await signInNewAccount();\n" : ""}
    expect(await ${fn.read}(${args(read, context.idKind === "integer" ? "999999" : '"no-such-id"')})).toBeNull();
  });`);
  }
  if (create && create.answer === "item" && list && read) {
    tests.push(`it("creates, lists, reads${update ? ", updates" : ""}${remove ? " and deletes" : ""} a ${names.singular}", async () => {
    const me = await signInNewAccount();

    const created = await ${fn.create}(${args(create, "INPUT")});
    expect(created).toMatchObject(${echoed(context)});
    expect((await ${fn.list}(${args(list, "{ page: 1, perPage: 10 }")})).items).toEqual([created]);
    expect(await ${fn.read}(${args(read, `created.${context.key}`)})).toEqual(created);
    ${
      update
        ? `
    await ${fn.update}(${args(update, `created.${context.key}`, "CHANGED")});
    expect(await ${fn.read}(${args(read, `created.${context.key}`)})).toMatchObject(${echoed(context, " edited")});`
        : ""
    }
    ${
      remove
        ? `
    await ${fn.remove}(${args(remove, `created.${context.key}`)});
    await expect(${fn.read}(${args(read, `created.${context.key}`)})).rejects.toSatisfy((error) => hasHttpStatus(error, 404));`
        : ""
    }
  });`);
  }
  const failing = list ?? read ?? create;
  if (failing) {
    const call =
      failing === list
        ? `${fn.list}(${args(failing, "{ page: 1, perPage: 10 }")})`
        : failing === read
          ? `${fn.read}(${args(failing, context.idKind === "integer" ? "1" : '"any-id"')})`
          : `${fn.create}(${args(failing, "INPUT")})`;
    tests.push(`it("turns FastAPI's plain-text 500 into a transient ApiError", async () => {
    ${failing.auth !== "none" || failing.owner ? "const me = await signInNewAccount();\n" : ""}mockBackend.setFaults({ mode: "error", match: "${failing.method.toUpperCase()} " });

    await expect(${call}).rejects.toSatisfy((error) => error instanceof ApiError && error.isTransient);
  });`);
  }
  const input = resource.create?.input ?? resource.update?.input;
  return `import { describe, expect, it } from "vitest";

import { ApiError${remove ? ", hasHttpStatus" : ""} } from "@/lib/api/errors";
import { ${[...imports, input ? `type ${fn.input}` : "", update && fn.updateInput !== fn.input ? `type ${fn.updateInput}` : ""].filter(Boolean).join(", ")} } from "@/lib/api/${names.tag}";

import { mockBackend } from "../../../mocks/node";
import { signInNewAccount } from "../../helpers/action-session";

${input ? `const INPUT: ${fn.input} = ${inputLiteral(context.formFields)};` : ""}
${update ? `const CHANGED: ${fn.updateInput} = ${inputLiteral(context.formFields, " edited")};` : ""}

describe("the ${names.plural} gateway against the embedded backend", () => {
  ${tests.join("\n\n  ")}
});
`;
}

export function actionsTest(context: Context): string {
  const { resource, names, fn, notices, route } = context;
  const { list, read, create, update, remove } = resource;
  const required = firstRequired(context);
  const edited = editedField(context);
  const opensCreated = Boolean(create && read && !list);
  const tests: string[] = [];
  const owned = Boolean(read?.owner);
  const seedArgs = (call: Call) => args(call, "INPUT");
  const seedOne =
    create && create.answer === "item" ? `const created = await ${fn.create}(${seedArgs(create)});` : "";

  if (create && notices.created) {
    tests.push(`describe("${fn.createAction}", () => {
  it("creates the ${names.singular} and redirects with a notice", async () => {
    ${usesAccount(opensCreated ? read : list) ? "const me = await signInNewAccount();" : "await signInNewAccount();"}

    const target = await redirectTarget(postForm(${fn.createAction}, VALID));

    ${
      opensCreated
        ? `const opened = /^${route.replaceAll("/", "\\/")}\\/([^/?]+)\\?done=${notices.created.key}$/.exec(target);
    expect(opened, target).not.toBeNull();
    expect(await ${fn.read}(${read ? args(read, 'decodeURIComponent(opened?.[1] ?? "")') : ""})).not.toBeNull();`
        : `expect(target).toBe("${route}?done=${notices.created.key}");
    ${list ? `expect((await ${fn.list}(${args(list, "{ page: 1, perPage: 10 }")})).items).toEqual([expect.objectContaining(${echoed(context)})]);` : ""}`
    }
    expect(revalidatePath).toHaveBeenCalledWith("${route}");
  });

  ${
    required
      ? `it("refuses an empty ${required.label.toLowerCase()} on its field without calling the backend", async () => {
    await signInNewAccount();
    const calls = backendCallCount();

    const result = await postForm(${fn.createAction}, { ...VALID, ${required.name}: "" });

    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { ${required.name}: [${literal(requiredMessage(required))}] } });
    expect(backendCallCount()).toBe(calls);
  });`
      : ""
  }
});`);
  }
  if (update && read && notices.updated && seedOne) {
    tests.push(`describe("${fn.updateAction}", () => {
  it("saves the ${names.singular} and redirects with a notice", async () => {
    const me = await signInNewAccount();
    ${seedOne}

    const target = await redirectTarget(postForm(${fn.updateAction}.bind(null, created.${context.key}), CHANGED));

    expect(target).toBe("${route}?done=${notices.updated.key}");
    expect(await ${fn.read}(${args(read, `created.${context.key}`)})).toMatchObject(${echoed(context, " edited")});
  });
  ${
    owned && edited
      ? `
  it("refuses someone else's ${names.singular} as not found and leaves it alone", async () => {
    const them = await signInNewAccount();
    const theirs = await ${fn.create}(${seedArgs(create ?? update).replaceAll("me.", "them.")});
    await signInNewAccount();

    const result = await postForm(${fn.updateAction}.bind(null, theirs.${context.key}), CHANGED);

    expect(result).toEqual({ ok: false, reason: "not-found", message: "${names.Singular} not found" });
    expect(await ${fn.read}(${args(read, `theirs.${context.key}`).replaceAll("me.", "them.")})).toEqual(theirs);
  });`
      : ""
  }
});`);
  }
  if (remove && read && notices.deleted && seedOne) {
    tests.push(`describe("${fn.deleteAction}", () => {
  it("deletes the ${names.singular} and redirects with a notice", async () => {
    const me = await signInNewAccount();
    ${seedOne}

    const target = await redirectTarget(${fn.deleteAction}(created.${context.key}));

    expect(target).toBe("${route}?done=${notices.deleted.key}");
    await expect(${fn.read}(${args(read, `created.${context.key}`)})).rejects.toSatisfy((error) => hasHttpStatus(error, 404));
  });
});`);
  }

  const matrix: string[] = [];
  if (create)
    matrix.push(
      `{ name: "${fn.createAction}", method: "${create.method.toUpperCase()}", run: () => postForm(${fn.createAction}, VALID) }`,
    );
  if (update && seedOne)
    matrix.push(
      `{ name: "${fn.updateAction}", method: "${update.method.toUpperCase()}", run: (id) => postForm(${fn.updateAction}.bind(null, id), CHANGED) }`,
    );
  if (remove && seedOne)
    matrix.push(`{ name: "${fn.deleteAction}", method: "DELETE", run: (id) => ${fn.deleteAction}(id) }`);
  const needsItem = Boolean(seedOne && (update || remove));
  const idType = context.idType;

  if (needsItem) {
    tests.push(`describe.each([
  ${[update ? `["${fn.updateAction}", (id: ${idType}) => postForm(${fn.updateAction}.bind(null, id), CHANGED)]` : "", remove ? `["${fn.deleteAction}", (id: ${idType}) => ${fn.deleteAction}(id)]` : ""].filter(Boolean).join(",\n  ")},
])("%s with an id that cannot exist", (_name, run) => {
  it.each(${context.idKind === "integer" ? "[0, -1, 1.5, Number.NaN]" : '["", "x".repeat(201)]'})("answers not-found for %s without calling the backend", async (id) => {
    await signInNewAccount();
    const calls = backendCallCount();

    await expect(run(id)).resolves.toEqual({ ok: false, reason: "not-found", message: "This ${names.singular} does not exist." });
    expect(backendCallCount()).toBe(calls);
  });
});`);
  }

  const imports = [
    create ? fn.createAction : "",
    update && seedOne ? fn.updateAction : "",
    remove && seedOne ? fn.deleteAction : "",
  ].filter(Boolean);
  const gatewayImports = [
    list && create && !opensCreated ? fn.list : "",
    read ? fn.read : "",
    seedOne ? fn.create : "",
    seedOne ? `type ${fn.input}` : "",
  ].filter(Boolean);

  return `import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { ${imports.join(", ")} } from "@/actions/${names.tag}";
import type { ActionResult } from "@/lib/action-result";
${remove && seedOne ? `import { hasHttpStatus } from "@/lib/api/errors";\n` : ""}import { ${gatewayImports.join(", ")} } from "@/lib/api/${names.tag}";
import type { ${fn.formValues} } from "@/lib/validations/${names.tag}";

import { mockBackend } from "../../mocks/node";
import { requestScope } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { SESSION_EXPIRED, backendCallCount, expectUnavailable, signInNewAccount } from "../helpers/action-session";
import { postForm } from "../helpers/post-form";

// Next's cache needs a running Next server; the tests only check which path the action asks to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
beforeEach(() => vi.mocked(revalidatePath).mockClear());

const VALID: ${fn.formValues} = ${formLiteral(context.formFields)};
${update && seedOne ? `const CHANGED: ${fn.formValues} = ${formLiteral(context.formFields, " edited")};` : ""}
${seedOne ? `/** The same values as the gateway takes them, to create ${names.plural} directly. */\nconst INPUT: ${fn.input} = ${inputLiteral(context.formFields)};` : ""}

${tests.join("\n\n")}

// The same failure handling, action by action.${needsItem ? ` \`run\` gets the id of a ${names.singular} the signed-in user ${owned ? "owns" : "created"}.` : ""}
const ACTIONS: { name: string; method: string; run: (id: ${idType}) => Promise<ActionResult> }[] = [
  ${matrix.join(",\n  ")},
];

describe.each(ACTIONS)("$name failures", ({ method, run }) => {
  async function existing(): Promise<${idType}> {
    ${seedOne ? `const me = await signInNewAccount();\n    ${seedOne}\n    return created.${context.key};` : `await signInNewAccount();\n    return ${context.idKind === "integer" ? "1" : '"any-id"'};`}
  }

  it("reports a plain-text 500 as unavailable without the raw body", async () => {
    const id = await existing();
    mockBackend.setFaults({ mode: "error", match: \`\${method} \` });

    expectUnavailable(await run(id));
  });

  it("returns session-expired without calling the backend when there is no session cookie", async () => {
    const id = await existing();
    requestScope.browserCookies.clear();
    const calls = backendCallCount();

    await expect(run(id)).resolves.toEqual(SESSION_EXPIRED);
    expect(backendCallCount()).toBe(calls);
  });
});
`;
}

export function formTest(context: Context): string {
  const { names, fn, formFields, components } = context;
  const required = formFields.filter(needsInput);
  const first = required[0] ?? formFields.find((field) => field.kind !== "boolean");
  const edited = (field: Field) => sampleValue({ ...field, required: true }, " edited");
  const filled = `{ ${formFields.map((field) => `${field.name}: ${field.kind === "boolean" ? edited(field) : literal(edited(field))}`).join(", ")} }`;
  const usesChange = required.some((field) => field.format === "date" || field.format === "date-time");
  return `// @vitest-environment jsdom
import { ${usesChange ? "fireEvent, " : ""}render, screen } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { ${components.form} } from "@/components/${names.tag}/${names.singularFile}-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { ${fn.formValues} } from "@/lib/validations/${names.tag}";

import { itHandlesActionResults, lastPostedFields } from "../helpers/form-behaviours";

// The form is under test, not the action: each test decides what the server answers.
const action = vi.fn<FormAction>();
beforeEach(() => action.mockReset());

const SUBMIT = "Save ${names.singular}";
const renderForm = (defaultValues?: ${fn.formValues}) =>
  render(<${components.form} action={action} defaultValues={defaultValues} submitLabel={SUBMIT} />);

/** Types values that pass every client rule into the required inputs; returns what each input then holds. */
async function fillValid(user: UserEvent) {
  ${required.map((field) => fillStatement(field, "")).join("\n  ")}
  return { ${required.map((field) => `${literal(controlLabel(field))}: ${literal(sampleValue(field))}`).join(", ")} };
}

describe("${components.form}", () => {
  ${
    required.length > 0 && first
      ? `it("shows the client rules on the right fields and calls nothing", async () => {
    const user = userEvent.setup();
    renderForm();

    await user.click(screen.getByRole("button", { name: SUBMIT }));

    ${required
      .map(
        (field) => `expect(await screen.findByText(${literal(requiredMessage(field))})).toBeInTheDocument();
    expect(screen.getByLabelText(${literal(controlLabel(field))})).toHaveAttribute("aria-invalid", "true");`,
      )
      .join("\n    ")}
    expect(screen.getByLabelText(${literal(controlLabel(first))})).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });`
      : ""
  }

  it("posts every input under the request schema's property names", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    renderForm();

    await fillValid(user);
    await user.click(screen.getByRole("button", { name: SUBMIT }));

    expect(lastPostedFields(action)).toEqual(${formLiteral(formFields)});
  });

  it("starts from the values it is given", () => {
    renderForm(${filled});

    ${formFields
      .map((field) =>
        field.kind === "boolean"
          ? `expect(screen.getByLabelText(${literal(controlLabel(field))}))${edited(field) === "true" ? "" : ".not"}.toBeChecked();`
          : `expect(screen.getByLabelText(${literal(controlLabel(field))})).toHaveValue(${literal(edited(field))});`,
      )
      .join("\n    ")}
  });

  ${
    first
      ? `itHandlesActionResults({
    action,
    render: () => renderForm(),
    fillValid,
    serverField: { name: "${first.name}", label: ${literal(controlLabel(first))} },
  });`
      : ""
  }
});
`;
}

export function e2e(context: Context): string {
  const { resource, names, route, formFields, notices } = context;
  const required = formFields.filter(needsInput);
  const first = required[0];
  const edited = editedField(context);
  const fill = (variant: string) =>
    required
      .map(
        (field) =>
          `await page.getByLabel(${literal(controlLabel(field))}).${field.kind === "enum" ? "selectOption" : "fill"}(${literal(sampleValue(field, variant))});`,
      )
      .join("\n  ");
  const rejectEmpty = first
    ? `// The client rules mirror FastAPI's and keep the page where it is.
  await page.getByRole("button", { name: "Create ${names.singular}" }).click();
  await expect(page.getByText(${literal(requiredMessage(first))})).toBeVisible();
`
    : "";
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

  if (!resource.list) {
    return `import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

test("create a ${names.singular}, see its details, and look it up by its id", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.goto("${route}");

  ${
    resource.create
      ? `${rejectEmpty}
  ${fill("")}
  await page.getByRole("button", { name: "Create ${names.singular}" }).click();
  await expect(page).toHaveURL(/${escape(route)}\\/[^/?]+\\?done=${notices.created?.key}$/);
  await expect(page.getByRole("status").filter({ hasText: ${literal(notices.created?.text)} })).toBeVisible();
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
  await expect(page.getByRole("heading", { name: \`${names.Singular} \${id}\` })).toBeVisible();
  await expect(page.getByRole("term").first()).toBeVisible();

  await page.goto("${route}");
  await page.getByLabel("${names.Singular} id").fill(id);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page).toHaveURL(new RegExp(\`${escape(route)}/\${id}$\`));
  await expect(page.getByRole("heading", { name: \`${names.Singular} \${id}\` })).toBeVisible();`
      : ""
  }
});

test("an id FastAPI does not know is the not-found page", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);

  const response = await page.goto("${route}/no-such-${names.singularFile}");

  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
`;
  }

  const titleBefore = edited ? sampleValue(edited) : "";
  const titleAfter = edited ? sampleValue(edited, " edited") : "";
  return `import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

test("create, open, edit and delete a ${names.singular}", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.goto("${route}");
  await expect(page.getByText("There are no ${names.plural} yet.")).toBeVisible();
  ${
    resource.create
      ? `await page.getByRole("link", { name: "New ${names.singular}" }).click();

  ${rejectEmpty}
  ${fill("")}
  await page.getByRole("button", { name: "Create ${names.singular}" }).click();
  await expect(page).toHaveURL(/${escape(route)}\\?done=${notices.created?.key}$/);
  await expect(page.getByRole("status").filter({ hasText: ${literal(notices.created?.text)} })).toBeVisible();
  `
      : ""
  }
  ${
    resource.read && resource.create
      ? `await page.getByRole("link", { name: ${literal(titleBefore)} }).click();
  await expect(page).toHaveURL(/${escape(route)}\\/\\d+$/);
  await expect(page.getByRole("heading", { name: ${literal(titleBefore)} })).toBeVisible();`
      : ""
  }
  ${
    resource.update && resource.read && edited
      ? `
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel(${literal(controlLabel(edited))})).toHaveValue(${literal(titleBefore)});
  await page.getByLabel(${literal(controlLabel(edited))}).fill(${literal(titleAfter)});
  await page.getByRole("button", { name: "Save ${names.singular}" }).click();
  await expect(page).toHaveURL(/${escape(route)}\\?done=${notices.updated?.key}$/);`
      : ""
  }
  ${
    resource.remove && resource.create
      ? `
  const row = page.getByRole("row", { name: ${literal(resource.update ? titleAfter : titleBefore)} });
  await row.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete ${names.singular}" }).click();
  await expect(page).toHaveURL(/${escape(route)}\\?done=${notices.deleted?.key}$/);
  await expect(page.getByText("There are no ${names.plural} yet.")).toBeVisible();`
      : ""
  }
});
`;
}

// What every action-backed form does with the action's result: the same checks, run against each form. They
// find the form through the field the server errs on and its submit button by what it is, never by its wording.
import { screen, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { expect, it } from "vitest";

import type { ActionFailure } from "@/lib/action-result";

/** The part of a vi.fn() action stub these checks use: they answer failures, which any form's action may. */
export interface ActionStub {
  mockResolvedValue(value: ActionFailure): unknown;
  mockReturnValue(value: Promise<ActionFailure>): unknown;
  mock: { calls: unknown[][] };
}

/** The fields of the FormData the form posted in its last call to the action (Next's own fields left out). */
export function lastPostedFields(action: ActionStub): Record<string, FormDataEntryValue> {
  const formData = action.mock.calls.at(-1)?.at(-1);
  if (!(formData instanceof FormData)) throw new Error("The action was not called with a FormData.");
  return Object.fromEntries([...formData].filter(([name]) => !name.startsWith("$ACTION")));
}

export interface FormUnderTest {
  action: ActionStub;
  render: () => void;
  /** Types values that pass the client rules; returns what each labelled field must still hold afterwards. */
  fillValid: (user: UserEvent) => Promise<Record<string, string | number>>;
  /** A field the server may put an error on: the form's name for it and its label. */
  serverField: { name: string; label: string };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** The one submit button of the form holding `fieldLabel`'s control (a `form=` button outside it counts too). */
function submitButtonOf(fieldLabel: string): HTMLButtonElement | HTMLInputElement {
  const form = screen.getByLabelText(fieldLabel).closest("form");
  if (!form) throw new Error(`The field "${fieldLabel}" is not inside a <form>.`);
  const submits = [...form.elements].filter(
    (element): element is HTMLButtonElement | HTMLInputElement =>
      (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) &&
      element.type === "submit",
  );
  if (submits.length !== 1)
    throw new Error(`Expected one submit button in the form, found ${submits.length}.`);
  return submits[0]!;
}

/** Idle: clickable, and not announced as disabled. */
function expectIdle(button: HTMLElement, idleName: string) {
  expect(button).toBeEnabled();
  expect(button).not.toHaveAttribute("aria-disabled", "true");
  expect(button).toHaveAccessibleName(idleName);
}

function expectValuesKept(values: Record<string, string | number>) {
  for (const [label, value] of Object.entries(values))
    expect(screen.getByLabelText(label), label).toHaveValue(value);
}

/** Registers the shared tests in the calling describe block. */
export function itHandlesActionResults(form: FormUnderTest): void {
  it("puts server field errors on their fields and the rest in the alert", async () => {
    const user = userEvent.setup();
    form.action.mockResolvedValue({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { [form.serverField.name]: ["The server says no."], notAField: ["Something else."] },
    });
    form.render();
    const typed = await form.fillValid(user);

    await user.click(submitButtonOf(form.serverField.label));

    const field = screen.getByLabelText(form.serverField.label);
    expect(await screen.findByText("The server says no.")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("The server says no."));
    expect(field).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Please correct the highlighted fields. Something else.",
    );
    expectValuesKept(typed);
  });

  it("offers a sign-in in a new tab when the session has ended, keeping what was typed", async () => {
    const user = userEvent.setup();
    form.action.mockResolvedValue({
      ok: false,
      reason: "session-expired",
      message: "Your session has ended. Please sign in again.",
    });
    form.render();
    const typed = await form.fillValid(user);

    await user.click(submitButtonOf(form.serverField.label));

    const link = await screen.findByRole("link", { name: "Sign in again in a new tab" });
    expect(screen.getByRole("alert")).toHaveTextContent("Your session has ended. Please sign in again.");
    expect(screen.getByRole("alert")).toContainElement(link);
    expect(link).toHaveAttribute("href", "/login");
    expect(link).toHaveAttribute("target", "_blank");
    expectValuesKept(typed);
    expect(submitButtonOf(form.serverField.label)).toBeEnabled();
  });

  it("disables its submit button, which says it is busy, until the action answers", async () => {
    const user = userEvent.setup();
    const answer = deferred<ActionFailure>();
    form.action.mockReturnValue(answer.promise);
    form.render();
    await form.fillValid(user);
    const button = submitButtonOf(form.serverField.label);
    const idleName = button.textContent?.trim() ?? "";
    expectIdle(button, idleName);

    await user.click(button);

    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAttribute("aria-disabled", "true");
    // The pending wording is the form's own; what matters is that the button no longer offers the same action.
    expect(button).not.toHaveAccessibleName(idleName);
    expect(button).toHaveAccessibleName(/\S/);
    answer.resolve({ ok: false, reason: "unavailable", message: "The service is unavailable right now." });
    await waitFor(() => expectIdle(button, idleName));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("The service is unavailable right now."),
    );
    expect(form.action.mock.calls).toHaveLength(1);
  });
}

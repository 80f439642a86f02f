// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { TierNameForm } from "@/components/admin/tier-name-form";
import type { FormAction } from "@/lib/forms/form-state";

import { itHandlesActionResults, lastPostedFields } from "../helpers/form-behaviours";

// The form is under test, not the action: each test decides what the server answers.
const action = vi.fn<FormAction>();
beforeEach(() => action.mockReset());

const renderForm = (defaultName?: string) =>
  render(
    <TierNameForm
      action={action}
      defaultName={defaultName}
      fieldId="tier-name"
      label="Tier name"
      submitLabel="Save tier"
      successMessage="Tier saved."
    />,
  );

const nameField = () => screen.getByLabelText("Tier name");
const submit = () => screen.getByRole("button", { name: "Save tier" });

async function fillValid(user: UserEvent) {
  await user.type(nameField(), "gold");
  return { "Tier name": "gold" };
}

describe("TierNameForm", () => {
  it.each(["", "a/b", "-dash"])("refuses the name %j on its field and calls nothing", async (name) => {
    const user = userEvent.setup();
    renderForm();

    if (name) await user.type(nameField(), name);
    await user.click(submit());

    expect(
      await screen.findByText("Use 1–30 letters, digits, spaces, dashes or underscores."),
    ).toBeInTheDocument();
    expect(nameField()).toHaveAttribute("aria-invalid", "true");
    expect(nameField()).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it("creates: sends the trimmed name, confirms and empties the field", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    renderForm();

    await user.type(nameField(), " gold ");
    await user.click(submit());

    expect(await screen.findByText("Tier saved.")).toBeInTheDocument();
    // Posted as typed, as a browser without JavaScript would: the action trims it with the same schema.
    expect(lastPostedFields(action)).toEqual({ name: " gold " });
    await waitFor(() => expect(nameField()).toHaveValue(""));
  });

  it("renames: keeps the new name after saving", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    renderForm("free");
    expect(nameField()).toHaveValue("free");

    await user.clear(nameField());
    await user.type(nameField(), "basic");
    await user.click(submit());

    expect(await screen.findByText("Tier saved.")).toBeInTheDocument();
    expect(nameField()).toHaveValue("basic");
  });

  it("shows a taken name on the field", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: ["A tier with this name already exists."] },
    });
    renderForm("free");

    await user.clear(nameField());
    await user.type(nameField(), "pro");
    await user.click(submit());

    expect(await screen.findByText("A tier with this name already exists.")).toBeInTheDocument();
    expect(nameField()).toHaveAccessibleDescription("A tier with this name already exists.");
    expect(nameField()).toHaveValue("pro");
    expect(screen.queryByText("Tier saved.")).not.toBeInTheDocument();
  });

  itHandlesActionResults({
    action,
    render: () => renderForm(),
    fillValid,
    serverField: { name: "name", label: "Tier name" },
  });
});

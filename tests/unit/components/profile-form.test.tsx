// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { ProfileForm } from "@/components/profile/profile-form";
import type { FormAction, FormState } from "@/lib/forms/form-state";

import { itHandlesActionResults, lastPostedFields } from "../helpers/form-behaviours";

// The form is under test, not the action: each test decides what the server answers.
const updateProfileAction = vi.fn<FormAction>();
vi.mock("@/actions/profile", () => ({
  updateProfileAction: (previous: FormState, formData: FormData) => updateProfileAction(previous, formData),
}));
beforeEach(() => updateProfileAction.mockReset());

const CURRENT = {
  name: "Demo User",
  username: "demo",
  email: "demo@example.com",
  imageUrl: "https://profileimageurl.com",
};

const renderForm = (asksPassword = true) =>
  render(<ProfileForm defaultValues={CURRENT} asksPassword={asksPassword} />);

const field = (label: string) => screen.getByLabelText(label);
const passwordField = () => screen.queryByLabelText("Current password");
const submit = () => screen.getByRole("button", { name: "Save profile" });

async function replace(user: UserEvent, label: string, value: string) {
  await user.clear(field(label));
  if (value) await user.type(field(label), value);
}

describe("ProfileForm", () => {
  it("asks for the current password only while the username or e-mail differs from the current one", async () => {
    const user = userEvent.setup();
    renderForm();
    expect(passwordField()).not.toBeInTheDocument();

    await replace(user, "Name", "Someone Else");
    expect(passwordField()).not.toBeInTheDocument();

    await replace(user, "Username", "demo2");
    expect(passwordField()).toBeInTheDocument();
    expect(passwordField()).toHaveAttribute("type", "password");

    await replace(user, "Username", "demo");
    expect(passwordField()).not.toBeInTheDocument();

    await replace(user, "E-mail", "demo2@example.com");
    expect(passwordField()).toBeInTheDocument();
    await replace(user, "E-mail", "demo@example.com");
    expect(passwordField()).not.toBeInTheDocument();
  });

  it("never asks a session from an OpenID provider for a password it does not have", async () => {
    const user = userEvent.setup();
    renderForm(false);
    await replace(user, "E-mail", "demo2@example.com");
    expect(passwordField()).not.toBeInTheDocument();
  });

  it("shows the client rules on the right fields and calls nothing", async () => {
    const user = userEvent.setup();
    renderForm();

    await replace(user, "Name", "x");
    await replace(user, "Username", "Not Valid");
    await replace(user, "E-mail", "nope");
    await user.click(submit());

    expect(await screen.findByText("Your name needs at least 2 characters.")).toBeInTheDocument();
    expect(field("Name")).toHaveAccessibleDescription("Your name needs at least 2 characters.");
    expect(field("Username")).toHaveAccessibleDescription(
      expect.stringContaining("Use 2–20 lowercase letters or digits."),
    );
    expect(field("E-mail")).toHaveAccessibleDescription("Enter a valid e-mail address.");
    expect(field("Name")).toHaveFocus();
    expect(updateProfileAction).not.toHaveBeenCalled();
  });

  it("sends the password with a new username and shows the server's verdict on the password field", async () => {
    const user = userEvent.setup();
    updateProfileAction.mockResolvedValue({
      ok: false,
      reason: "invalid",
      fieldErrors: { currentPassword: ["That password is not right."] },
    });
    renderForm();

    await replace(user, "Username", "demo2");
    await user.type(passwordField()!, "wrong-password");
    await user.click(submit());

    expect(lastPostedFields(updateProfileAction)).toEqual({
      ...CURRENT,
      username: "demo2",
      currentPassword: "wrong-password",
    });
    expect(await screen.findByText("That password is not right.")).toBeInTheDocument();
    expect(passwordField()).toHaveAttribute("aria-invalid", "true");
    expect(passwordField()).toHaveAccessibleDescription(
      expect.stringContaining("That password is not right."),
    );
    expect(passwordField()).toHaveFocus();
    expect(field("Username")).toHaveValue("demo2");
  });

  it("says so when the server found nothing to save", async () => {
    const user = userEvent.setup();
    updateProfileAction.mockResolvedValue({ ok: true, data: undefined });
    renderForm();

    await user.click(submit());

    expect(await screen.findByText("Nothing to save: the profile is unchanged.")).toBeInTheDocument();
    // The password field shows only for a rename, so it is not posted at all.
    expect(lastPostedFields(updateProfileAction)).toEqual(CURRENT);
  });

  itHandlesActionResults({
    action: updateProfileAction,
    render: renderForm,
    fillValid: async (user) => {
      await replace(user, "Name", "New Name");
      await replace(user, "E-mail", "new@example.com");
      return { Name: "New Name", "E-mail": "new@example.com" };
    },
    serverField: { name: "email", label: "E-mail" },
  });
});

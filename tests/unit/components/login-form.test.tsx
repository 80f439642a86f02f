// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { LoginForm } from "@/components/auth/login-form";
import type { FormAction, FormState } from "@/lib/forms/form-state";

import { lastPostedFields } from "../helpers/form-behaviours";

// The form is under test, not the action: each test decides what the server answers.
const loginAction = vi.fn<FormAction>();
vi.mock("@/actions/auth", () => ({
  loginAction: (previous: FormState, formData: FormData) => loginAction(previous, formData),
}));

const fields = () => ({
  username: screen.getByLabelText("Username or e-mail"),
  password: screen.getByLabelText("Password"),
  submit: screen.getByRole("button", { name: "Sign in" }),
});

beforeEach(() => loginAction.mockReset());

describe("LoginForm", () => {
  it("shows the client rules on the right fields, focuses the first, and calls nothing", async () => {
    const user = userEvent.setup();
    render(<LoginForm />);

    await user.click(fields().submit);

    expect(await screen.findByText("Enter your username or e-mail.")).toBeInTheDocument();
    expect(screen.getByText("Enter your password.")).toBeInTheDocument();
    const { username, password } = fields();
    expect(username).toHaveAttribute("aria-invalid", "true");
    expect(username).toHaveAccessibleDescription("Enter your username or e-mail.");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(username).toHaveFocus();
    expect(loginAction).not.toHaveBeenCalled();
  });

  it("passes the values and the next target to the action", async () => {
    const user = userEvent.setup();
    loginAction.mockResolvedValue({ ok: true, data: undefined });
    render(<LoginForm next="/dashboard/x" />);

    await user.type(fields().username, "demo");
    await user.type(fields().password, "secret");
    await user.click(fields().submit);

    expect(lastPostedFields(loginAction)).toEqual({
      username: "demo",
      password: "secret",
      next: "/dashboard/x",
    });
  });

  it("announces wrong credentials, keeps the username and clears the password", async () => {
    const user = userEvent.setup();
    loginAction.mockResolvedValue({
      ok: false,
      reason: "unauthorized",
      message: "Wrong username, e-mail or password.",
    });
    render(<LoginForm />);

    await user.type(fields().username, "demo");
    await user.type(fields().password, "wrong");
    await user.click(fields().submit);

    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("Wrong username, e-mail or password."),
    );
    expect(fields().username).toHaveValue("demo");
    await waitFor(() => expect(fields().password).toHaveValue(""));
  });

  it("keeps everything typed when the service is unavailable", async () => {
    const user = userEvent.setup();
    loginAction.mockResolvedValue({
      ok: false,
      reason: "unavailable",
      message: "The service is unavailable right now.",
    });
    render(<LoginForm />);

    await user.type(fields().username, "demo");
    await user.type(fields().password, "Dem0Passw0rd!");
    await user.click(fields().submit);

    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("The service is unavailable right now."),
    );
    expect(fields().username).toHaveValue("demo");
    expect(fields().password).toHaveValue("Dem0Passw0rd!");
  });

  it("puts server field errors on their fields", async () => {
    const user = userEvent.setup();
    loginAction.mockResolvedValue({
      ok: false,
      reason: "invalid",
      fieldErrors: { username: ["Field required"] },
    });
    render(<LoginForm />);

    await user.type(fields().username, "x");
    await user.type(fields().password, "y");
    await user.click(fields().submit);

    expect(await screen.findByText("Field required")).toBeInTheDocument();
    expect(fields().username).toHaveAttribute("aria-invalid", "true");
    expect(fields().username).toHaveFocus();
  });

  it("shows a pending state and refuses a second submit while signing in", async () => {
    const user = userEvent.setup();
    let finish: (result: FormState) => void = () => {};
    loginAction.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    render(<LoginForm />);

    await user.type(fields().username, "demo");
    await user.type(fields().password, "secret");
    await user.click(fields().submit);

    const pending = await screen.findByRole("button", { name: "Signing in…" });
    expect(pending).toBeDisabled();
    finish({ ok: false, reason: "unauthorized", message: "Wrong username, e-mail or password." });
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeEnabled();
    expect(loginAction).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { RateLimitForm } from "@/components/admin/rate-limit-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { RateLimitFormInput } from "@/lib/validations/admin";

import { itHandlesActionResults, lastPostedFields } from "../helpers/form-behaviours";

// The form is under test, not the action: each test decides what the server answers.
const action = vi.fn<FormAction>();
beforeEach(() => action.mockReset());

const renderForm = (defaultValues?: RateLimitFormInput) =>
  render(
    <RateLimitForm
      action={action}
      defaultValues={defaultValues}
      idPrefix="new-limit"
      submitLabel="Add rate limit"
      successMessage="Rate limit added."
    />,
  );

const fields = () => ({
  name: screen.getByLabelText("Name"),
  path: screen.getByLabelText("API path"),
  limit: screen.getByLabelText("Requests allowed"),
  period: screen.getByLabelText("Per period (seconds)"),
  submit: screen.getByRole("button", { name: "Add rate limit" }),
});

async function fillValid(user: UserEvent) {
  await user.type(fields().name, "posts:10:60");
  await user.type(fields().path, "api/v1/posts");
  await user.type(fields().limit, "10");
  await user.type(fields().period, "60");
  return {
    Name: "posts:10:60",
    "API path": "api/v1/posts",
    "Requests allowed": 10,
    "Per period (seconds)": 60,
  };
}

describe("RateLimitForm", () => {
  it("shows the client rules on the right fields and calls nothing", async () => {
    const user = userEvent.setup();
    renderForm();

    await user.type(fields().limit, "0");
    await user.click(fields().submit);

    expect(await screen.findByText("Give the rate limit a name.")).toBeInTheDocument();
    const { name, path, limit, period } = fields();
    expect(name).toHaveAccessibleDescription("Give the rate limit a name.");
    expect(path).toHaveAccessibleDescription(expect.stringContaining("Enter the API path it applies to"));
    expect(limit).toHaveAccessibleDescription("The limit must be at least 1.");
    expect(period).toHaveAccessibleDescription("Enter the period as a whole number.");
    expect(name).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it("sends the numbers as typed text, confirms, and empties the form for the next one", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    renderForm();

    await fillValid(user);
    await user.click(fields().submit);

    expect(await screen.findByText("Rate limit added.")).toBeInTheDocument();
    expect(lastPostedFields(action)).toEqual({
      name: "posts:10:60",
      path: "api/v1/posts",
      limit: "10",
      period: "60",
    });
    await waitFor(() => expect(fields().name).toHaveValue(""));
    expect(fields().limit).toHaveValue(null);
  });

  it("keeps the saved values when editing an existing rate limit", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    renderForm({ name: "tasks:5:60", path: "api_v1_tasks_task", limit: "5", period: "60" });

    await user.clear(fields().limit);
    await user.type(fields().limit, "7");
    await user.click(fields().submit);

    expect(await screen.findByText("Rate limit added.")).toBeInTheDocument();
    expect(lastPostedFields(action)).toEqual({
      name: "tasks:5:60",
      path: "api_v1_tasks_task",
      limit: "7",
      period: "60",
    });
    expect(fields().limit).toHaveValue(7);
  });

  itHandlesActionResults({
    action,
    render: () => renderForm(),
    fillValid,
    serverField: { name: "name", label: "Name" },
  });
});

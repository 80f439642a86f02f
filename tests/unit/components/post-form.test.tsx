// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { PostForm } from "@/components/posts/post-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { PostFormInput } from "@/lib/validations/posts";

import { itHandlesActionResults, lastPostedFields } from "../helpers/form-behaviours";

// The form is under test, not the action: each test decides what the server answers.
const action = vi.fn<FormAction>();
beforeEach(() => action.mockReset());

const renderForm = (defaultValues?: PostFormInput) =>
  render(<PostForm action={action} defaultValues={defaultValues} submitLabel="Publish" />);

const fields = () => ({
  title: screen.getByLabelText("Title"),
  text: screen.getByLabelText("Text"),
  mediaUrl: screen.getByLabelText("Media URL (optional)"),
  submit: screen.getByRole("button", { name: "Publish" }),
});

async function fillValid(user: UserEvent) {
  await user.type(fields().title, "My first post");
  await user.type(fields().text, "Hello there.");
  return { Title: "My first post", Text: "Hello there." };
}

describe("PostForm", () => {
  it("shows the client rules on the right fields and calls nothing", async () => {
    const user = userEvent.setup();
    renderForm();

    await user.type(fields().title, "x");
    await user.type(fields().mediaUrl, "not a url");
    await user.click(fields().submit);

    expect(await screen.findByText("The title needs at least 2 characters.")).toBeInTheDocument();
    const { title, text, mediaUrl } = fields();
    expect(title).toHaveAccessibleDescription(
      expect.stringContaining("The title needs at least 2 characters."),
    );
    expect(text).toHaveAccessibleDescription("Write something.");
    expect(mediaUrl).toHaveAccessibleDescription(
      expect.stringContaining("Enter a full address starting with http://, https:// or ftp://."),
    );
    for (const field of [title, text, mediaUrl]) expect(field).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it("sends the values, with an empty media URL allowed", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    renderForm();

    await fillValid(user);
    await user.click(fields().submit);

    expect(lastPostedFields(action)).toEqual({ title: "My first post", text: "Hello there.", mediaUrl: "" });
  });

  it("starts from the post being edited", () => {
    renderForm({ title: "Old title", text: "Old text", mediaUrl: "https://example.com/a.png" });

    expect(fields().title).toHaveValue("Old title");
    expect(fields().text).toHaveValue("Old text");
    expect(fields().mediaUrl).toHaveValue("https://example.com/a.png");
  });

  it("puts FastAPI's media_url error, mapped to mediaUrl by the action, on the media field", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { mediaUrl: ["String should match pattern"] },
    });
    renderForm();

    await fillValid(user);
    await user.type(fields().mediaUrl, "https://example.com/x.png");
    await user.click(fields().submit);

    expect(await screen.findByText("String should match pattern")).toBeInTheDocument();
    expect(fields().mediaUrl).toHaveAttribute("aria-invalid", "true");
    expect(fields().mediaUrl).toHaveFocus();
    expect(fields().title).not.toHaveAttribute("aria-invalid");
  });

  itHandlesActionResults({
    action,
    render: () => renderForm(),
    fillValid,
    serverField: { name: "title", label: "Title" },
  });
});

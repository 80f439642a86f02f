// @vitest-environment jsdom
// CheckboxField and SelectField in the app's form pattern: what they post, where they start, where errors go.
import { zodResolver } from "@hookform/resolvers/zod";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { CheckboxField } from "@/components/form/checkbox-field";
import { SelectField } from "@/components/form/select-field";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/hooks/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import * as z from "@/lib/validations/zod";

import { lastPostedFields } from "../helpers/form-behaviours";

const schema = z.object({
  pinned: z.pipe(
    z.union([z.boolean(), z.enum(["true", "false"])]),
    z.transform((value) => value === true || value === "true"),
  ),
  status: z.enum(["draft", "active", "archived"], "Choose the status."),
});
type Values = z.input<typeof schema>;

const STATUSES = [
  { value: "draft", label: "draft" },
  { value: "active", label: "active" },
  { value: "archived", label: "archived" },
];

function ItemForm({ action, defaultValues }: { action: FormAction; defaultValues: Values }) {
  const { form, field, pending, formAction, onSubmit } = useActionForm({
    action,
    resolver: zodResolver(schema),
    defaultValues,
  });
  const { errors } = form.formState;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="Item">
      <CheckboxField label="Pinned" registration={field("pinned")} error={errors.pinned} />
      <SelectField
        label="Status"
        registration={field("status")}
        options={STATUSES}
        emptyOption="Choose…"
        error={errors.status}
      />
      <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
    </form>
  );
}

const action = vi.fn<FormAction>();
beforeEach(() => action.mockReset());

describe("CheckboxField", () => {
  it("posts false when unchecked and true when checked, under one name", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    render(<ItemForm action={action} defaultValues={{ pinned: false, status: "draft" }} />);

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(lastPostedFields(action)).toEqual({ pinned: "false", status: "draft" });

    await user.click(screen.getByLabelText("Pinned"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(lastPostedFields(action)).toEqual({ pinned: "true", status: "draft" });
  });

  it("starts checked from a true default, and posts false once unchecked", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: undefined });
    render(<ItemForm action={action} defaultValues={{ pinned: true, status: "draft" }} />);
    expect(screen.getByLabelText("Pinned")).toBeChecked();

    await user.click(screen.getByLabelText("Pinned"));
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(lastPostedFields(action)).toEqual({ pinned: "false", status: "draft" });
  });
  it("renders a failed post's echoed false as unchecked, as the page a post without JavaScript gets back", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { status: ["Input should be 'draft', 'active' or 'archived'"] },
      values: { pinned: "false", status: "draft" },
    });
    render(<ItemForm action={action} defaultValues={{ pinned: true, status: "draft" }} />);
    const checkbox = screen.getByLabelText<HTMLInputElement>("Pinned");
    expect(checkbox.defaultChecked).toBe(true);

    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Input should be 'draft', 'active' or 'archived'")).toBeInTheDocument();
    // The `checked` attribute: what the server's HTML carries for the echoed value.
    expect(checkbox.defaultChecked).toBe(false);
  });
});

describe("SelectField", () => {
  it("lists the options in their order after the empty one, with the default chosen", () => {
    render(<ItemForm action={action} defaultValues={{ pinned: false, status: "active" }} />);

    const select = screen.getByLabelText("Status");
    expect([...select.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "Choose…",
      "draft",
      "active",
      "archived",
    ]);
    expect(select).toHaveValue("active");
  });

  it("says on the field, and only there, that a choice is needed", async () => {
    const user = userEvent.setup();
    render(<ItemForm action={action} defaultValues={{ pinned: false, status: "" as Values["status"] }} />);

    await user.click(screen.getByRole("button", { name: "Save" }));

    const select = screen.getByLabelText("Status");
    expect(await screen.findByText("Choose the status.")).toBeInTheDocument();
    expect(select).toHaveAttribute("aria-invalid", "true");
    expect(select).toHaveAccessibleDescription("Choose the status.");
    expect(action).not.toHaveBeenCalled();
  });
});

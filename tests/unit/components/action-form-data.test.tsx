// @vitest-environment jsdom
// A form whose action answers data (the id of what it created), through the app's form pattern, with wording
// of its own: the shared form behaviours must hold for it as for the app's forms.
import { zodResolver } from "@hookform/resolvers/zod";
import { render, screen } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { useActionForm } from "@/hooks/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import * as z from "@/lib/validations/zod";

import { itHandlesActionResults, lastPostedFields } from "../helpers/form-behaviours";

const taskSchema = z.object({ message: z.string().check(z.minLength(1, "Write a message.")) });

/** What a generated "create" form does with its answer: link to the new record's page. */
function NewTaskForm({ action }: { action: FormAction<{ id: string }> }) {
  const { form, field, state, pending, formAction, onSubmit } = useActionForm({
    action,
    resolver: zodResolver(taskSchema),
    defaultValues: { message: "" },
  });
  // Typed by the action: `state.data.id` is a string, or this does not compile.
  const created = state?.ok ? state.data.id : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="Queue a task">
      <FormAlert error={form.formState.errors.root?.server} />
      <TextField label="Message" registration={field("message")} error={form.formState.errors.message} />
      <SubmitButton pending={pending} label="Queue it" pendingLabel="Queueing…" />
      {created ? <a href={`/dashboard/tasks/${created}`}>Task {created}</a> : null}
    </form>
  );
}

const action = vi.fn<FormAction<{ id: string }>>();
beforeEach(() => action.mockReset());

async function fillValid(user: UserEvent) {
  await user.type(screen.getByLabelText("Message"), "hello");
  return { Message: "hello" };
}

describe("a form whose action answers data", () => {
  it("gets the data the action answered, typed, and links to the new record", async () => {
    const user = userEvent.setup();
    action.mockResolvedValue({ ok: true, data: { id: "5f1c9a" } });
    render(<NewTaskForm action={action} />);
    await fillValid(user);

    await user.click(screen.getByRole("button", { name: "Queue it" }));

    expect(await screen.findByRole("link", { name: "Task 5f1c9a" })).toHaveAttribute(
      "href",
      "/dashboard/tasks/5f1c9a",
    );
    expect(lastPostedFields(action)).toEqual({ message: "hello" });
  });

  itHandlesActionResults({
    action,
    render: () => render(<NewTaskForm action={action} />),
    fillValid,
    serverField: { name: "message", label: "Message" },
  });
});

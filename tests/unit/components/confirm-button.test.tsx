// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { ConfirmButton } from "@/components/form/confirm-button";
import type { ActionResult } from "@/lib/action-result";

const onConfirm = vi.fn<() => Promise<ActionResult>>();
beforeEach(() => onConfirm.mockReset());

const renderButton = () =>
  render(
    <ConfirmButton
      label="Delete"
      question="Delete “Hello”?"
      consequence="This cannot be undone."
      confirmLabel="Delete post"
      pendingLabel="Deleting…"
      action={onConfirm}
    />,
  );

describe("ConfirmButton", () => {
  it("does nothing until the second, explicit click, and Cancel backs out", async () => {
    const user = userEvent.setup();
    renderButton();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete “Hello”?" });
    expect(dialog).toHaveAccessibleDescription("This cannot be undone.");
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("runs the action once on confirmation, disabled and saying so while it runs", async () => {
    const user = userEvent.setup();
    let finish: (result: ActionResult) => void = () => undefined;
    onConfirm.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    renderButton();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(screen.getByRole("button", { name: "Delete post" }));

    const pending = await screen.findByRole("button", { name: "Deleting…" });
    expect(pending).toBeDisabled();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    finish({ ok: true, data: undefined });
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByRole("button", { name: "Delete" })).toBeEnabled();
  });

  it("shows the action's failure in an alert and stays open for another try", async () => {
    const user = userEvent.setup();
    onConfirm.mockResolvedValue({ ok: false, reason: "unavailable", message: "The service is unavailable." });
    renderButton();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(screen.getByRole("button", { name: "Delete post" }));

    const dialog = screen.getByRole("alertdialog");
    await waitFor(() =>
      expect(within(dialog).getByRole("alert")).toHaveTextContent("The service is unavailable."),
    );
    expect(within(dialog).getByRole("button", { name: "Delete post" })).toBeEnabled();
  });
});

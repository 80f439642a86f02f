// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
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
      question="Delete “Hello”? This cannot be undone."
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
    expect(screen.getByRole("group", { name: "Delete “Hello”? This cannot be undone." })).toBeVisible();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group")).toBeNull();
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
    expect(await screen.findByRole("button", { name: "Delete" })).toBeEnabled();
  });

  it("shows the action's failure in an alert and stays open for another try", async () => {
    const user = userEvent.setup();
    onConfirm.mockResolvedValue({ ok: false, reason: "unavailable", message: "The service is unavailable." });
    renderButton();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(screen.getByRole("button", { name: "Delete post" }));

    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("The service is unavailable."));
    expect(screen.getByRole("button", { name: "Delete post" })).toBeEnabled();
  });
});

/**
 * @module What a modal dialog does natively, for the non-modal ones (`show()`, which leave the canvas
 * usable beside them): Escape closes the dialog, and focus goes back to what opened it.
 */
export function showNonModal(dialog: HTMLDialogElement, focus: HTMLElement): void {
  if (!dialog.open) {
    const opener = document.activeElement as HTMLElement | null;
    dialog.show();
    dialog.addEventListener('close', () => { if (opener?.isConnected) opener.focus(); }, { once: true });
  }
  focus.focus();
}

export function closeOnEscape(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !dialog.open) return;
    // The explorer's own Escape (close the side panel, clear highlights) is not meant here.
    e.stopPropagation();
    dialog.close();
  });
}

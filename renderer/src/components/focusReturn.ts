/**
 * Focus back to the opener after every dialog. Mantine returns focus when a modal closes with its transition,
 * but most dialogs here are unmounted on save or Escape, and then focus fell to <body>. This watches for the
 * last dialog leaving the page: if focus is lost, it goes to the element focused before the dialog opened, or
 * to the page's h1 when that element is gone (the save navigated elsewhere).
 */
export function installFocusReturn(doc: Document = document): () => void {
  let opener: HTMLElement | null = null;
  let dialogOpen = false;
  let scheduled = false;
  const inDialog = (el: Element) => !!el.closest('[role="dialog"], [role="alertdialog"]');

  const onFocusIn = (e: FocusEvent) => {
    const el = e.target;
    if (el instanceof HTMLElement && !inDialog(el)) opener = el;
  };

  const check = () => {
    scheduled = false;
    const open = !!doc.querySelector('[role="dialog"], [role="alertdialog"]');
    const closed = dialogOpen && !open;
    dialogOpen = open;
    if (!closed) return;
    const active = doc.activeElement;
    if (active && active !== doc.body) return;
    const target = opener?.isConnected ? opener : doc.querySelector<HTMLElement>('main [data-page-title]');
    target?.focus();
  };

  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.addEventListener('focusin', onFocusIn);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn);
  };
}

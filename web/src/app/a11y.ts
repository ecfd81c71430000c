/**
 * Element Plus leaves a few inner controls without an accessible name: the page-size select and the jump box of
 * el-pagination. Rather than patch every list page, one observer names them wherever they appear (WCAG 4.1.2).
 */
const UNNAMED: { selector: string; key: 'pageSize' | 'jumpTo' }[] = [
  { selector: '.el-pagination__sizes input:not([aria-label])', key: 'pageSize' },
  { selector: '.el-pagination__jump input:not([aria-label])', key: 'jumpTo' },
];

export function nameUnlabelledControls(root: ParentNode, label: (key: 'pageSize' | 'jumpTo') => string): void {
  for (const { selector, key } of UNNAMED) {
    root.querySelectorAll(selector).forEach((el) => el.setAttribute('aria-label', label(key)));
  }
  // A table wider than the screen scrolls sideways inside its body: a keyboard user must be able to focus that region
  // to scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
  root.querySelectorAll('.el-table--scrollable-x .el-table__body-wrapper .el-scrollbar__wrap:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
}

/** Keeps naming them as pages render; at most once a frame. */
export function watchUnlabelledControls(label: (key: 'pageSize' | 'jumpTo') => string): () => void {
  let queued = false;
  const run = () => {
    queued = false;
    nameUnlabelledControls(document, label);
  };
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(run);
  });
  // Classes too: Element Plus marks a table scrollable (el-table--scrollable-x) after it has measured it.
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  run();
  return () => observer.disconnect();
}

/**
 * The confirm button of the question import: while the checked file has errors it says that nothing can be imported
 * until they are fixed (and is disabled), rather than offering to import its rows.
 */
export function importButton(check: { rows: number; problems: unknown[] } | null): { key: string; n: number; disabled: boolean } {
  if (!check) return { key: 'bank.importNow', n: 0, disabled: true };
  if (check.problems.length > 0) return { key: 'bank.fixFirst', n: check.problems.length, disabled: true };
  return { key: 'bank.importNow', n: check.rows, disabled: check.rows === 0 };
}

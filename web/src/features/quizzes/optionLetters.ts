/**
 * Options are shuffled per attempt, so the option's stored id (A-D in the bank) says nothing to the cadre. What the
 * cadre reads is the letter of its place on screen: the first option shown is A, the second B, and so on; the stored
 * answer stays the option id.
 */
export interface LetteredOption {
  id: string;
  text: string;
}

/** The letter for the option shown at `index` (0 → A). */
export function letterAt(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The shown letter of an option id in the order given, or '' when the id is not among the options. */
export function letterOf(options: readonly LetteredOption[], id: string): string {
  const i = options.findIndex((o) => o.id === id);
  return i < 0 ? '' : letterAt(i);
}

/** An answer (one option id or several) written as the cadre saw it: "A. 德治；C. 法治", in the order shown. */
export function answerByLetters(options: readonly LetteredOption[], ids: string | string[]): string {
  const chosen = new Set(Array.isArray(ids) ? ids : [ids]);
  return options
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => chosen.has(o.id))
    .map(({ o, i }) => `${letterAt(i)}. ${o.text}`)
    .join('；');
}

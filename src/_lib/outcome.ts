/**
 * @internal What a reader of one value answers: its canonical form, or why there is none (a
 * message that says how to fix it). The normalizers and the timestamp grammar return it.
 */
export type Outcome<T = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

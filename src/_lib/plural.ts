/** @internal A count and its noun, singular for one: `1 entry`, `2 entries`, `0 phones`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

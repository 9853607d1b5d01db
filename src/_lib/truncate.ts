/** @internal Shortens a value for an error message, so that long input is never echoed whole. */
export function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

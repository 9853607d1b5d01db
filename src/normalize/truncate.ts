/**
 * @internal Shortens a value for an error message. In a module of its own, so that modules that
 * need only this (postal codes, states, time zones) do not load the phone parser.
 */
export function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

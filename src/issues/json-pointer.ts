import type { PathSegment } from './issue';

/**
 * Renders an issue path as a JSON Pointer (RFC 6901): `['job', 'title']` → `/job/title`; `~` and
 * `/` inside keys are escaped as `~0` and `~1`; the root `[]` is the empty pointer `""`.
 *
 * @example
 * toJsonPointer(['contacts', 0, 'contact_methods']); // '/contacts/0/contact_methods'
 *
 * @category Issues and errors
 */
export function toJsonPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return pointer;
}

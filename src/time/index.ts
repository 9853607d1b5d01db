export { formatWindow } from './format-window';
export type { TimezoneLocation, TimezoneResolver } from './resolver';

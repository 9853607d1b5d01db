// The playground's second script, timezone.js: `dispatch-workorder/timezone`, whose ZIP and postal
// code table is most of its weight, loaded only when "Infer time zones" is ticked. Built as a classic
// script that sets the global `dispatchWorkorderTimezone` (scripts/build-playground.mjs).
export { inferTimezone } from 'dispatch-workorder/timezone';

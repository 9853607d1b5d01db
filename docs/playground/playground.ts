// The playground page (docs/playground/index.html): the library as a web app would use it, bundled
// for the browser by scripts/build-playground.mjs. No framework: the page is a form, a textarea and
// a table, and everything it shows follows from a PlaygroundState, which the URL hash holds.
import {
  formatIssue,
  LOCAL_TIMES,
  migrateJobOffer,
  PHONE_COUNTRIES,
  PHONE_FORMATS,
  StatusSchema,
  toJsonPointer,
  validateWorkOrder,
  type Issue,
  type Note,
  type TimezoneResolver,
  type WorkOrderResult,
} from 'dispatch-workorder';
import guideJobOffer from '../../fixtures/pairs/guide-example.job-offer.json';
import guideWorkOrder from '../../fixtures/pairs/guide-example.work-order.json';
import { locate, readInput, type JsonTree, type TextRange } from './locate';
import { DEFAULTS, fromHash, MODES, toHash, type Mode, type PlaygroundState } from './state';

/** The migration guide's example, as a Job Offer to migrate and as the Work Order to validate. */
const EXAMPLES: Readonly<Record<Mode, string>> = {
  migrate: `${JSON.stringify(guideJobOffer, null, 2)}\n`,
  validate: `${JSON.stringify(guideWorkOrder, null, 2)}\n`,
};
const PAYLOAD_NAMES: Readonly<Record<Mode, string>> = { migrate: 'Job Offer', validate: 'Work Order' };

function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`playground: #${id} is missing from the page`);
  return element;
}

const form = byId('options', HTMLFormElement);
const payload = byId('payload', HTMLTextAreaElement);
const payloadLabel = byId('payload-label', HTMLLabelElement);
const summary = byId('summary', HTMLParagraphElement);
const syntaxError = byId('syntax-error', HTMLParagraphElement);
const issuesSection = byId('issues', HTMLElement);
const issueList = issuesSection.querySelector('ol')!;
const issuesAsText = issuesSection.querySelector('pre')!;
const output = byId('output', HTMLPreElement);
const copyStatus = byId('copy-status', HTMLSpanElement);

function inForm<T extends HTMLElement>(selector: string, type: { new (): T; prototype: T }): T {
  const element = form.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`playground: ${selector} is missing from the form`);
  return element;
}

const fields = {
  phoneFormat: inForm('[name="phoneFormat"]', HTMLSelectElement),
  defaultCountry: inForm('[name="defaultCountry"]', HTMLSelectElement),
  status: inForm('[name="status"]', HTMLSelectElement),
  localTimes: inForm('[name="localTimes"]', HTMLSelectElement),
  inferTimezone: inForm('[name="inferTimezone"]', HTMLInputElement),
  /** The options that only a migration takes. */
  migrateOnly: inForm('fieldset.migrate-only', HTMLFieldSetElement),
};

// The option lists are the library's own, so the page offers exactly what the library accepts.
function addOptions(select: HTMLSelectElement, values: readonly string[]): void {
  for (const value of values) select.add(new Option(value, value));
}
addOptions(fields.phoneFormat, PHONE_FORMATS);
addOptions(fields.defaultCountry, PHONE_COUNTRIES);
addOptions(fields.status, StatusSchema.options);
addOptions(fields.localTimes, LOCAL_TIMES);

function readState(): PlaygroundState {
  const mode = MODES.find((m) => m === new FormData(form).get('mode')) ?? DEFAULTS.mode;
  return {
    mode,
    phoneFormat: PHONE_FORMATS.find((v) => v === fields.phoneFormat.value) ?? DEFAULTS.phoneFormat,
    defaultCountry: PHONE_COUNTRIES.find((v) => v === fields.defaultCountry.value) ?? DEFAULTS.defaultCountry,
    status: StatusSchema.options.find((v) => v === fields.status.value),
    localTimes: LOCAL_TIMES.find((v) => v === fields.localTimes.value) ?? DEFAULTS.localTimes,
    inferTimezone: fields.inferTimezone.checked,
    input: payload.value,
  };
}

function writeState(state: PlaygroundState): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === state.mode;
  fields.phoneFormat.value = state.phoneFormat;
  fields.defaultCountry.value = state.defaultCountry;
  fields.status.value = state.status ?? '';
  fields.localTimes.value = state.localTimes;
  fields.inferTimezone.checked = state.inferTimezone;
  payload.value = state.input;
}

declare global {
  /** Set by timezone.js (docs/playground/timezone.ts). */
  var dispatchWorkorderTimezone: { inferTimezone: TimezoneResolver } | undefined;
}

/** `inferTimezone`, once timezone.js has loaded. */
let inferTimezone: TimezoneResolver | undefined;
let loadingTimezone: Promise<void> | undefined;

/** Loads timezone.js (once), then renders the page again. */
function loadInferTimezone(): void {
  loadingTimezone ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'timezone.js';
    script.addEventListener('load', () => {
      inferTimezone = globalThis.dispatchWorkorderTimezone?.inferTimezone;
      if (inferTimezone === undefined) reject(new Error('timezone.js did not define inferTimezone'));
      else resolve();
    });
    script.addEventListener('error', () => reject(new Error('timezone.js could not be loaded')));
    document.head.append(script);
  }).then(
    () => render(readState()),
    (error: unknown) => {
      loadingTimezone = undefined; // tick the box again to retry
      summary.textContent = `The time zone table is not there: ${(error as Error).message}.`;
    },
  );
}

/** The library's answer for the payload, with the options of the state. */
function run(state: PlaygroundState, value: unknown): WorkOrderResult {
  const { phoneFormat, defaultCountry } = state;
  if (state.mode === 'validate') return validateWorkOrder(value, { phoneFormat, defaultCountry });
  return migrateJobOffer(value, {
    phoneFormat,
    defaultCountry,
    status: state.status,
    localTimes: state.localTimes,
    inferTimezone: state.inferTimezone ? inferTimezone : undefined,
  });
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function counts(result: WorkOrderResult): string {
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const parts = [plural(errors, 'error'), plural(result.issues.length - errors, 'warning')];
  if (result.notes !== undefined) parts.push(plural(result.notes.length, 'note'));
  return parts.join(', ');
}

/** The range a syntax error's "Show it" button selects. */
let syntaxErrorAt: TextRange | undefined;

/** Shows everything that follows from the state: the label, the options that apply, the result. */
function render(state: PlaygroundState): void {
  const noun = PAYLOAD_NAMES[state.mode];
  payloadLabel.textContent = `${noun} (JSON)`;
  fields.migrateOnly.disabled = state.mode !== 'migrate';
  syntaxError.hidden = true;
  syntaxErrorAt = undefined;
  showIssues([], undefined);
  output.textContent = '';

  if (state.input.trim() === '') {
    summary.textContent = `Paste a ${noun} in the input, or load the guide's example.`;
    return;
  }
  const read = readInput(state.input);
  if (!read.ok) {
    summary.textContent = `The input is not JSON: ${read.message}.`;
    syntaxErrorAt = read.at;
    syntaxError.hidden = read.at === undefined;
    return;
  }
  if (state.mode === 'migrate' && state.inferTimezone && inferTimezone === undefined) {
    summary.textContent = 'Loading the time zone table…';
    loadInferTimezone();
    return;
  }
  const result = run(state, read.value);
  const done = state.mode === 'migrate' ? 'Migrated' : 'Valid';
  summary.textContent = result.success ? `${done}: ${counts(result)}.` : `Not ${done.toLowerCase()}: ${counts(result)}.`;
  showIssues([...result.issues, ...(result.notes ?? [])], read.tree);
  output.textContent = result.success ? JSON.stringify(result.workOrder, null, 2) : `No Work Order: the ${noun} has errors.`;
}

/** One item per issue or note: severity, code, path (a button that selects its value), message. */
function showIssues(issues: readonly (Issue | Note)[], tree: JsonTree | undefined): void {
  issuesSection.hidden = issues.length === 0;
  issuesAsText.textContent = issues.map((issue) => formatIssue(issue)).join('\n');
  issueList.replaceChildren(
    ...issues.map((issue) => {
      const severity = 'severity' in issue ? issue.severity : 'note';
      const item = document.createElement('li');
      item.className = severity;
      item.append(element('span', 'severity', severity), ' ', element('code', 'code', issue.code), ' at ', pathButton(issue.path, locate(tree, issue.path)));
      item.append(element('p', 'message', issue.message));
      return item;
    }),
  );
}

function element(tag: 'span' | 'code' | 'p', className: string, text: string): HTMLElement {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/** The path as a JSON Pointer, with a line break allowed before each `/`; selecting it selects `range`. */
function pathButton(path: Issue['path'], range: TextRange | undefined): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'path';
  const [first = '', ...rest] = (path.length === 0 ? '(root)' : toJsonPointer(path)).split(/(?=\/)/);
  button.append(first);
  for (const part of rest) button.append(document.createElement('wbr'), part);
  if (range === undefined) button.disabled = true;
  else button.addEventListener('click', () => selectInInput(range));
  return button;
}

/** Selects a range of the input and scrolls it into view (a textarea only follows its caret as you type). */
function selectInInput(range: TextRange): void {
  payload.focus();
  payload.setSelectionRange(range.start, range.end, 'forward');
  const line = payload.value.slice(0, range.start).split('\n').length - 1;
  const lineHeight = Number.parseFloat(getComputedStyle(payload).lineHeight);
  if (Number.isFinite(lineHeight)) payload.scrollTop = Math.max(0, (line - 2) * lineHeight);
}

/** Renders the state and keeps it in the URL hash (replacing the entry: typing is no navigation). */
function update(): void {
  const state = readState();
  render(state);
  const hash = toHash(state);
  if (hash !== window.location.hash) history.replaceState(null, '', hash);
}

let pending: ReturnType<typeof setTimeout> | undefined;
payload.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(update, 150);
});
form.addEventListener('change', update);
byId('load-example', HTMLButtonElement).addEventListener('click', () => {
  payload.value = EXAMPLES[readState().mode];
  update();
});
byId('show-syntax-error', HTMLButtonElement).addEventListener('click', () => {
  if (syntaxErrorAt !== undefined) selectInInput(syntaxErrorAt);
});
byId('copy-link', HTMLButtonElement).addEventListener('click', () => {
  update();
  const done = (text: string) => () => void (copyStatus.textContent = text);
  if (navigator.clipboard === undefined) done('Copy the address from the address bar.')();
  else navigator.clipboard.writeText(window.location.href).then(done('Link copied.'), done('Copy the address from the address bar.'));
});
// A link opened in this tab (the hash changed by hand or by a link, not by the page).
window.addEventListener('hashchange', () => {
  const state = fromHash(window.location.hash);
  if (state === undefined) return;
  writeState(state);
  render(state);
});

const initial = fromHash(window.location.hash) ?? { ...DEFAULTS, input: EXAMPLES.migrate };
writeState(initial);
render(initial);

import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

// The playground page as built by scripts/build-playground.mjs (`npm run test:browser` builds it
// first), in a real Chromium. The page is served from its folder under an origin of its own,
// `http://playground.test/`, by Playwright's request routing: no server, no port, and every other
// request (but the page's own files opened from the disk) is refused and recorded, so each test also
// proves that the page needs no network (no CDN, no font, no analytics).

const SITE = join(process.cwd(), 'docs', 'api', 'playground');
const ORIGIN = 'http://playground.test';
const PAGE = `${ORIGIN}/index.html`;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'fixtures', 'pairs', name), 'utf8'));
const guideJobOffer = fixture('guide-example.job-offer.json') as Record<string, unknown>;
const guideWorkOrder = fixture('guide-example.work-order.json') as Record<string, unknown>;
const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const test = base.extend<{ refused: string[] }>({
  refused: async ({ context }, use) => {
    const refused: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'file:' && url.pathname.startsWith(`${SITE}/`)) return route.continue(); // the page opened from the disk
      if (url.origin !== ORIGIN) {
        refused.push(url.href);
        return route.abort('blockedbyclient');
      }
      try {
        const body = readFileSync(join(SITE, url.pathname));
        return await route.fulfill({ status: 200, body, contentType: TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
      } catch {
        return await route.fulfill({ status: 404, body: 'not found' });
      }
    });
    await use(refused);
    expect(refused, 'requests outside the page').toEqual([]);
  },
  page: async ({ page, refused }, use) => {
    void refused; // routes first
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(page);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

/** The page's parts, by their accessible names. */
function parts(page: Page) {
  return {
    jobOffer: page.getByLabel('Job Offer (JSON)'),
    workOrderInput: page.getByLabel('Work Order (JSON)'),
    summary: page.locator('#summary'),
    issues: page.getByRole('list', { name: 'Issues' }),
    output: page.getByRole('region', { name: 'Result' }).locator('#output'),
    phoneFormat: page.getByLabel('Phone format'),
    defaultCountry: page.getByLabel('Default country'),
    status: page.getByLabel('Starting status'),
    inferTimezone: page.getByLabel('Infer time zones from postal codes'),
  };
}

/** The issue list, each item as its severity, code, path and message. */
async function issueRows(issues: Locator): Promise<string[][]> {
  return issues.locator('li').evaluateAll((items) => items.map((item) => ['.severity', '.code', '.path', '.message'].map((part) => item.querySelector(part)?.textContent ?? '')));
}

/** The Work Order the page shows, parsed. */
async function shownWorkOrder(output: Locator): Promise<unknown> {
  return JSON.parse((await output.textContent()) ?? '');
}

/** The text selected in a textarea. */
async function selectedText(textarea: Locator): Promise<string> {
  return textarea.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
}

/** The guide's example with four mistakes: no title, a broken email and phone, a window without its end. */
function brokenJobOffer(): Record<string, unknown> {
  const broken = structuredClone(guideJobOffer) as {
    job: { title?: string };
    customer: { email: string; phone_numbers: { number: string }[] };
    appointment: { window_end_time: string[] };
  };
  delete broken.job.title;
  broken.customer.email = 'joe.shmo@';
  broken.customer.phone_numbers[1]!.number = '555-0199';
  broken.appointment.window_end_time.pop();
  return broken as unknown as Record<string, unknown>;
}

const DROPPED_DURATION = ['warning', 'dropped_field', '/duration', '"duration" was dropped: Work Orders do not expire, so offer expiry is no longer supported.'];

test("it loads with the guide's example and migrates it to the guide's Work Order", async ({ page }, testInfo) => {
  await page.goto(PAGE);
  const { jobOffer, summary, issues, output } = parts(page);
  await expect(summary).toHaveText('Migrated: 0 errors, 1 warning.');
  expect(await jobOffer.inputValue()).toBe(pretty(guideJobOffer));
  expect(await shownWorkOrder(output)).toEqual(guideWorkOrder);
  expect(await issueRows(issues)).toEqual([DROPPED_DURATION]);
  expect(page.url()).toBe(PAGE); // the example needs no hash
  await page.screenshot({ path: testInfo.outputPath('guide-example.png'), fullPage: true });
});

test('a broken Job Offer lists every error at its path, and no Work Order', async ({ page }, testInfo) => {
  await page.goto(PAGE);
  const { jobOffer, summary, issues, output } = parts(page);
  await jobOffer.fill(pretty(brokenJobOffer()));
  await expect(summary).toHaveText('Not migrated: 4 errors, 1 warning.');
  expect((await issueRows(issues)).map((row) => row.slice(0, 3))).toEqual([
    ['error', 'window_count_mismatch', '/appointment'],
    ['error', 'required', '/job/title'],
    ['error', 'invalid_email', '/customer/email'],
    ['error', 'invalid_phone', '/customer/phone_numbers/1/number'],
    DROPPED_DURATION.slice(0, 3),
  ]);
  expect((await issueRows(issues))[3]![3]).toBe('In "customer.phone_numbers[1].number", "555-0199" has seven digits: write the area code too, e.g. "(617) 555-1234" or "+16175551234".');
  await expect(output).toHaveText('No Work Order: the Job Offer has errors.');
  // The same issues as text, as formatIssue writes them (and the CLI prints them).
  await expect(page.locator('#issues pre')).toContainText('error /customer/phone_numbers/1/number invalid_phone: In "customer.phone_numbers[1].number"');
  await page.screenshot({ path: testInfo.outputPath('broken-job-offer.png'), fullPage: true });
});

test("selecting an issue's path selects the offending value in the input, by mouse or keyboard", async ({ page }, testInfo) => {
  await page.goto(PAGE);
  const { jobOffer, summary, issues } = parts(page);
  const broken = brokenJobOffer();
  await jobOffer.fill(pretty(broken));
  await expect(summary).toHaveText('Not migrated: 4 errors, 1 warning.');

  await issues.getByRole('button', { name: '/customer/phone_numbers/1/number' }).click();
  await expect(jobOffer).toBeFocused();
  expect(await selectedText(jobOffer)).toBe('"555-0199"');
  await page.screenshot({ path: testInfo.outputPath('issue-selected.png') });

  // By keyboard: focus the path button and press Enter.
  await issues.getByRole('button', { name: '/customer/email' }).focus();
  await page.keyboard.press('Enter');
  await expect(jobOffer).toBeFocused();
  expect(await selectedText(jobOffer)).toBe('"joe.shmo@"');

  await issues.getByRole('button', { name: '/duration' }).click();
  expect(await selectedText(jobOffer)).toBe('-1');

  // A missing field selects the object it is missing from.
  await issues.getByRole('button', { name: '/job/title' }).click();
  expect(JSON.parse(await selectedText(jobOffer))).toEqual(broken['job']);
});

test('an option changes the output: RFC 3966 phones and a starting status', async ({ page }) => {
  await page.goto(PAGE);
  const { summary, output, phoneFormat, status } = parts(page);
  await expect(summary).toHaveText('Migrated: 0 errors, 1 warning.');
  await phoneFormat.selectOption('RFC3966');
  await status.selectOption('offered');
  const expected = structuredClone(guideWorkOrder) as { status?: string; service_providers: { phone_number: string }[]; contacts: { contact_methods: { method: string; value: string }[] }[] };
  expected.status = 'offered';
  expected.service_providers[0]!.phone_number = 'tel:+15558887777';
  for (const method of expected.contacts[0]!.contact_methods) if (method.method === 'phone') method.value = `tel:${method.value}`;
  await expect.poll(() => shownWorkOrder(output)).toEqual(expected);
});

test('the option lists are the library\'s own', async ({ page }) => {
  await page.goto(PAGE);
  const { phoneFormat, defaultCountry, status } = parts(page);
  const values = (select: Locator) => select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(await values(phoneFormat)).toEqual(['E.164', 'RFC3966']);
  expect(await values(defaultCountry)).toEqual(['US', 'CA']);
  expect(await values(status)).toEqual(['', 'offered', 'unscheduled', 'scheduled', 'paused', 'complete', 'canceled']);
});

test('the URL hash holds the input and the options: a link gives back the same page', async ({ page, context }) => {
  await page.goto(PAGE);
  const { jobOffer, summary, phoneFormat, defaultCountry, status } = parts(page);
  // Text with its own spacing, a non-ASCII name and characters that URLs escape (& = # + % space).
  const text = ' {"job": {"title": "Fix #2 & 3 = 5% + café",\n\t"address": {}}}  \n';
  await jobOffer.fill(text);
  await phoneFormat.selectOption('RFC3966');
  await defaultCountry.selectOption('CA');
  await status.selectOption('scheduled');
  await expect(summary).toHaveText(/^Not migrated: /);
  await expect.poll(() => new URL(page.url()).hash).toBe(
    `#${new URLSearchParams({ phoneFormat: 'RFC3966', defaultCountry: 'CA', status: 'scheduled', input: text }).toString()}`,
  );

  const opened = await context.newPage();
  await opened.goto(page.url());
  const again = parts(opened);
  await expect(again.summary).toHaveText(await summary.textContent() ?? '');
  expect(await again.jobOffer.inputValue()).toBe(text);
  await expect(again.phoneFormat).toHaveValue('RFC3966');
  await expect(again.defaultCountry).toHaveValue('CA');
  await expect(again.status).toHaveValue('scheduled');
  expect(await issueRows(again.issues)).toEqual(await issueRows(parts(page).issues));

  // A link followed in the same tab (the hash changes, the page stays).
  await opened.goto(`${PAGE}#${new URLSearchParams({ mode: 'validate', input: pretty(guideWorkOrder) }).toString()}`);
  await expect(again.summary).toHaveText('Valid: 0 errors, 0 warnings.');
  expect(await again.workOrderInput.inputValue()).toBe(pretty(guideWorkOrder));
});

test("validating: the guide's Work Order is valid, and the migration's options do not apply", async ({ page }) => {
  await page.goto(PAGE);
  const { summary, output, status, inferTimezone } = parts(page);
  await page.getByLabel('Validate a Work Order').check();
  await page.getByRole('button', { name: "Load the guide's example" }).click();
  await expect(summary).toHaveText('Valid: 0 errors, 0 warnings.');
  expect(await parts(page).workOrderInput.inputValue()).toBe(pretty(guideWorkOrder));
  expect(await shownWorkOrder(output)).toEqual(guideWorkOrder);
  await expect(status).toBeDisabled();
  await expect(inferTimezone).toBeDisabled();
});

test('time zones inferred from postal codes: dispatch-workorder/timezone runs in the page, loaded when asked', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(PAGE);
  const { summary, issues, output, inferTimezone } = parts(page);
  await expect(summary).toHaveText('Migrated: 0 errors, 1 warning.');
  expect(scripts).not.toContain('/timezone.js');
  await inferTimezone.check();
  await expect(summary).toHaveText('Migrated: 0 errors, 1 warning, 1 note.');
  expect(scripts).toContain('/timezone.js');
  expect(await issueRows(issues)).toEqual([
    DROPPED_DURATION,
    ['note', 'timezone_inferred', '/job/address/timezone', '"America/New_York" was filled in as the time zone of postal code "02114".'],
  ]);
  expect(((await shownWorkOrder(output)) as { location: unknown }).location).toEqual({ ...(guideWorkOrder['location'] as object), timezone: 'America/New_York' });
});

test('input that is not JSON: the summary says where, and the place can be selected', async ({ page }) => {
  await page.goto(PAGE);
  const { jobOffer, summary, issues } = parts(page);
  await jobOffer.fill('{\n  "job": {\n    "title": "Fix the Sink",\n  }\n}');
  await expect(summary).toHaveText('The input is not JSON: property name expected at line 4, column 3.');
  await expect(issues).toBeHidden();
  await page.getByRole('button', { name: 'Show it in the input' }).click();
  await expect(jobOffer).toBeFocused();
  expect(await selectedText(jobOffer)).toBe('}');
});

test('it works opened from the disk, with no server', async ({ page }) => {
  await page.goto(pathToFileURL(join(SITE, 'index.html')).href);
  const { summary, inferTimezone } = parts(page);
  await expect(summary).toHaveText('Migrated: 0 errors, 1 warning.');
  await inferTimezone.check(); // timezone.js, loaded from the disk too
  await expect(summary).toHaveText('Migrated: 0 errors, 1 warning, 1 note.');
});

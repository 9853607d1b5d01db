import { describe, expect, test } from 'vitest';
import { isApiError, validateWorkOrder } from '../../../src/index';
import { adapters, useMock } from './support/adapters';
import { guideJobOffer, guideWorkOrder, workOrder } from './support/payloads';

// The routes of the mock, through plain fetch and through the library's client, on both adapters.

describe.each(adapters)('$name', (adapter) => {
  const h = useMock(adapter);

  test('POST /v3/workorder creates the provider, the customer, the job and a draft appointment, with ids in that order', async () => {
    const answer = await h.call('POST', '/v3/workorder', { body: guideWorkOrder() });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: 4 });
    expect(answer.headers.get('content-type')).toBe('application/json');

    const canonical = validateWorkOrder(guideWorkOrder());
    if (!canonical.success) throw new Error('the fixture is valid');
    const { contacts, service_providers: providers, appointment_windows: windows, ...fields } = canonical.workOrder;
    const { id: _dispatchId, ...provider } = providers![0]!;
    const { primary: _primary, ...customer } = contacts![0]!;
    expect((await h.call('GET', '/v3/service_providers/1')).body).toEqual({ id: 1, ...provider });
    expect((await h.call('GET', '/v3/customers/2')).body).toEqual({ id: 2, ...customer });
    expect((await h.call('GET', '/v3/jobs/3')).body).toEqual({ id: 3, status: 'offered', ...fields, contacts, service_provider_id: 1, customer_id: 2 });
    expect((await h.call('GET', '/v3/appointments/4')).body).toEqual({ id: 4, job_id: 3, status: 'draft', time: null, duration: null, appointment_windows: windows });
    expect(h.mock.records).toEqual({
      jobs: [(await h.call('GET', '/v3/jobs/3')).body],
      appointments: [(await h.call('GET', '/v3/appointments/4')).body],
      customers: [(await h.call('GET', '/v3/customers/2')).body],
      serviceProviders: [(await h.call('GET', '/v3/service_providers/1')).body],
    });
  });

  test('without windows there is no appointment, and the job starts in the Work Order\'s status', async () => {
    const answer = await h.call('POST', '/v3/workorder', { body: workOrder({ status: 'unscheduled' }) });
    expect(answer).toMatchObject({ status: 201, body: { service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: null } });
    expect(h.mock.records.jobs.map((j) => j.status)).toEqual(['unscheduled']);
    expect(h.mock.records.appointments).toEqual([]);
  });

  test('the answer and the records are the canonical Work Order (phones in E.164, states upper case)', async () => {
    const body = workOrder({ location: { street_1: '1 Main St', city: 'Boston', state: 'ma', postal_code: '02115' } });
    body.contacts![0]!.contact_methods = [{ method: 'phone', value: '(617) 555-1234' }];
    expect((await h.call('POST', '/v3/workorder', { body })).status).toBe(201);
    expect(h.mock.records.jobs[0]?.location.state).toBe('MA');
    expect(h.mock.records.customers[0]?.contact_methods).toEqual([{ method: 'phone', value: '+16175551234' }]);
  });

  test('an invalid Work Order is answered 422 with validateWorkOrder\'s errors, and nothing is created', async () => {
    const body = { ...workOrder(), title: '', contacts: [] };
    const answer = await h.call('POST', '/v3/workorder', { body });
    const expected = validateWorkOrder(body).issues.filter((i) => i.severity === 'error');
    expect(expected.map((i) => i.code)).toEqual(['invalid_value', 'invalid_value']);
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ message: `Validation failed: ${expected[0]!.message} (and 1 more)`, errors: expected });
    expect(h.mock.records).toEqual({ jobs: [], appointments: [], customers: [], serviceProviders: [] });
  });

  test('warnings are not errors: an invalid Work Order\'s 422 leaves them out', async () => {
    const answer = await h.call('POST', '/v3/workorder', { body: { ...workOrder(), title: '', zzz: 1 } });
    expect((answer.body as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual(['invalid_value']);
  });

  test('warnings do not fail a Work Order: an unknown field is left out of the records', async () => {
    const answer = await h.call('POST', '/v3/workorder', { body: { ...workOrder(), zzz: 1 } });
    expect(answer.status).toBe(201);
    expect(h.mock.records.jobs[0]).not.toHaveProperty('zzz');
  });

  test.each([
    ['an empty list', []],
    ['no list', undefined],
  ])('a Work Order without a service provider (%s) is answered 422: the job needs one', async (_, providers) => {
    const { orchestration: _orchestration, service_providers: _providers, ...rest } = workOrder();
    const answer = await h.call('POST', '/v3/workorder', { body: { ...rest, service_providers: providers } });
    expect(answer).toEqual({
      status: 422,
      headers: expect.any(Headers),
      body: {
        message: expect.stringContaining('Validation failed: The job needs a service provider'),
        errors: [{ code: 'no_service_provider', severity: 'error', path: ['service_providers'], message: expect.stringContaining('add one') }],
      },
    });
  });

  test('with several providers (round robin) each is created and the job goes to the first', async () => {
    const providers = [{ name: 'One', external_ids: ['P1'] }, { name: 'Two', external_ids: ['P2'] }];
    const answer = await h.call('POST', '/v3/workorder', { body: workOrder({ orchestration: 'round_robin', service_providers: providers }) });
    expect(answer.body).toEqual({ service_provider_id: 1, primary_contact_id: 3, job_id: 4, appointment_id: null });
    expect(h.mock.records.serviceProviders.map((p) => [p.id, p.name])).toEqual([[1, 'One'], [2, 'Two']]);
    expect(h.mock.records.jobs[0]?.service_provider_id).toBe(1);
  });

  test.each([
    ['/v3/jobs/99', 'There is no job 99: use the "job_id" that POST /v3/workorder answered.'],
    ['/v3/appointments/1', 'There is no appointment 1: use the "appointment_id" that POST /v3/workorder answered.'],
    ['/v3/customers/1', 'There is no customer 1: use the "primary_contact_id" that POST /v3/workorder answered.'],
    ['/v3/service_providers/2', 'There is no service provider 2: use the "service_provider_id" that POST /v3/workorder answered.'],
    ['/v3/jobs/abc', '"abc" is not a Dispatch id: ids are whole numbers above 0, e.g. /v3/jobs/3.'],
    ['/v3/jobs/0', '"0" is not a Dispatch id: ids are whole numbers above 0, e.g. /v3/jobs/3.'],
  ])('GET %s of a record that does not exist is a 404', async (path, message) => {
    await h.call('POST', '/v3/workorder', { body: workOrder() }); // ids 1 (provider), 2 (customer), 3 (job)
    expect(await h.call('GET', path)).toMatchObject({ status: 404, body: { message } });
  });

  test('an id of one kind of record finds nothing in another: ids are one sequence', async () => {
    await h.call('POST', '/v3/workorder', { body: workOrder() });
    expect((await h.call('GET', '/v3/jobs/2')).status).toBe(404); // 2 is the customer
    expect((await h.call('GET', '/v3/customers/3')).status).toBe(404); // 3 is the job
  });

  test('an unknown route is a 404 that lists the routes; a known path with another method a 405', async () => {
    const unknown = await h.call('GET', '/v3/workorders');
    expect(unknown).toMatchObject({
      status: 404,
      body: {
        message:
          'GET /v3/workorders is not a route of the mock Dispatch API; it answers POST /v3/workorder, POST /v3/appointments, PATCH /v3/jobs/:id, GET /v3/jobs/:id, GET /v3/appointments/:id, GET /v3/customers/:id, GET /v3/service_providers/:id.',
      },
    });
    const wrongMethod = await h.call('DELETE', '/v3/jobs/3');
    expect(wrongMethod).toMatchObject({ status: 405, body: { message: 'DELETE /v3/jobs/3 is not a route of the mock; /v3/jobs/3 answers PATCH and GET.' } });
    expect(wrongMethod.headers.get('allow')).toBe('PATCH, GET');
    expect((await h.call('GET', '/v3/workorder')).status).toBe(405);
  });

  test.each([
    ['', 'Send a JSON body (Content-Type: application/json).'],
    ['{"title":', expect.stringMatching(/^The body is not JSON \(.+\): send a JSON body\.$/)],
  ])('a POST body %j that is not JSON is a 400', async (raw, message) => {
    expect(await h.call('POST', '/v3/workorder', { raw })).toMatchObject({ status: 400, body: { message } });
    expect(await h.call('PATCH', '/v3/jobs/3', { raw })).toMatchObject({ status: 400, body: { message } });
  });

  test('JSON that is not an object is checked like any Work Order: a 422', async () => {
    const answer = await h.call('POST', '/v3/workorder', { body: [1, 2] });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ errors: validateWorkOrder([1, 2]).issues });
  });

  test('the client creates, reads, accepts, and completes through the mock', async () => {
    const client = h.client();
    const { created, issues } = await client.migrateAndCreate(guideJobOffer());
    expect(created).toEqual({ service_provider_id: 1, primary_contact_id: 2, job_id: 3, appointment_id: 4 });
    expect(issues.map((i) => i.code)).toEqual(['dropped_field']);
    expect(await client.getServiceProvider(1)).toMatchObject({ id: 1, name: "Jim's Plumbing", external_ids: ['CCC789'] });
    expect(await client.getCustomer(2)).toMatchObject({ id: 2, first_name: 'Joe', external_ids: ['BBB456'] });
    expect(await client.getAppointment(4)).toMatchObject({ id: 4, job_id: 3, status: 'draft' });
    expect(await client.acceptJob(3)).toMatchObject({ id: 3, status: 'unscheduled' });
    expect(await client.completeJob(3)).toMatchObject({ id: 3, status: 'complete' });
    expect(await client.getJob(3)).toMatchObject({ id: 3, status: 'complete' });
    const missing = await client.getJob(99).catch((error: unknown) => error);
    expect(isApiError(missing) && [missing.status, missing.code]).toEqual([404, 'not_found']);
  });

  test('received logs every request in order, with its headers, parsed body and answered status', async () => {
    await h.call('POST', '/v3/workorder', { body: workOrder() });
    await h.call('GET', '/v3/jobs/3', { token: null });
    await h.call('POST', '/v3/workorder', { raw: 'not json' });
    const log = h.mock.received;
    expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/v3/workorder', 201],
      ['GET', '/v3/jobs/3', 401],
      ['POST', '/v3/workorder', 400],
    ]);
    expect(log[0]?.body).toEqual(workOrder());
    expect(log[0]?.headers).toMatchObject({ authorization: 'Bearer test-token', 'content-type': 'application/json' });
    expect(log[1]?.body).toBeUndefined();
    expect(log[1]?.headers['authorization']).toBeUndefined();
    expect(log[2]?.body).toBe('not json');
  });

  test('records and received are copies: changing them changes nothing in the mock', async () => {
    await h.call('POST', '/v3/workorder', { body: workOrder() });
    const records = h.mock.records as unknown as { jobs: { status: string }[] };
    records.jobs[0]!.status = 'complete';
    (h.mock.received as unknown[]).length = 0;
    expect(h.mock.records.jobs[0]?.status).toBe('offered');
    expect(h.mock.received).toHaveLength(1);
    expect((await h.call('GET', '/v3/jobs/3')).body).toMatchObject({ status: 'offered' });
  });
});

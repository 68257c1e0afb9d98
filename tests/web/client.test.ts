import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from '../../web/src/api/client.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('API client', () => {
  it('builds query strings with comma-separated lists and skips empty values', async () => {
    const fetch = vi.fn(async (_url: string) => json(200, { nodes: [], edges: [] }));
    vi.stubGlobal('fetch', fetch);
    await createApi().neighbors('dahua tech', { depth: 2, types: ['Company', 'State'], relTypes: [] });
    expect(fetch.mock.calls[0]![0]).toBe('/api/entities/dahua%20tech/neighbors?depth=2&types=Company%2CState');
  });

  it('reports activity and turns an error answer into an ApiError with the server message', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(404, { error: 'NotFound', message: 'Entity not found' })));
    const busy: number[] = [];
    const errors: ApiError[] = [];
    const api = createApi({ onBusy: (n) => busy.push(n), onError: (e) => errors.push(e) });
    await expect(api.entity('nope')).rejects.toMatchObject({ status: 404, message: 'Entity not found' });
    expect(busy).toEqual([1, 0]);
    expect(errors[0]!.isOutage).toBe(false);
  });

  it('reports an outage on 503 and clears it once /api/health answers', async () => {
    vi.useFakeTimers();
    let healthy = false;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.startsWith('/api/health') && healthy
      ? json(200, { status: 'ok' })
      : json(503, { message: 'down' }, { 'Retry-After': '2' }))));
    const events: string[] = [];
    const api = createApi({ onDown: () => events.push('down'), onUp: () => events.push('up') });
    await expect(api.stats()).rejects.toBeInstanceOf(ApiError);
    expect(events).toEqual(['down']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(events).toEqual(['down']);
    healthy = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(events).toEqual(['down', 'up']);
  });

  it('treats a network failure as an outage', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('fetch failed'); }));
    const down: ApiError[] = [];
    await expect(createApi({ onDown: (e) => down.push(e) }).health()).rejects.toMatchObject({ status: 0 });
    expect(down[0]!.isOutage).toBe(true);
  });

  it('reads the file name of an export from Content-Disposition', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<graphml/>', { status: 200, headers: { 'content-disposition': 'attachment; filename="sightline.graphml"' } })));
    const file = await createApi().export('graphml', ['a'], ['r']);
    expect(file.filename).toBe('sightline.graphml');
    expect(await file.blob.text()).toBe('<graphml/>');
  });
});

import { createResource } from '../../src/features/resource';
import type { Envelope } from '../../types/envelope';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

test('loads once and shares the answer', async () => {
  const fetcher = jest.fn(async (): Promise<Envelope<number>> => ({ ok: true, data: 7 }));
  const r = createResource(fetcher);
  await Promise.all([r.load(), r.load()]);
  await r.load();
  expect(fetcher).toHaveBeenCalledTimes(1);
  expect(r.get()).toEqual({ status: 'ready', data: 7 });
});

test('a failure is kept as an error state and a forced load tries again', async () => {
  const fetcher = jest
    .fn<Promise<Envelope<number>>, []>()
    .mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: '网络不给力，请稍后再试' } })
    .mockResolvedValueOnce({ ok: true, data: 1 });
  const r = createResource(fetcher);
  await r.load();
  expect(r.get().status).toBe('error');
  await r.load(true);
  expect(r.get()).toEqual({ status: 'ready', data: 1 });
});

test("after a reset (person switched), the previous person's late answer is dropped", async () => {
  const late = deferred<Envelope<string>>();
  const fetcher = jest.fn().mockReturnValueOnce(late.promise).mockResolvedValueOnce({ ok: true, data: 'new' });
  const r = createResource<string>(fetcher);
  void r.load();
  r.reset();
  await r.load();
  late.resolve({ ok: true, data: 'old' });
  await late.promise;
  expect(r.get()).toEqual({ status: 'ready', data: 'new' });
});

test('subscribers hear every change', async () => {
  const r = createResource(async (): Promise<Envelope<number>> => ({ ok: true, data: 2 }));
  const heard: string[] = [];
  r.subscribe(() => heard.push(r.get().status));
  await r.load();
  r.set(3);
  expect(heard).toEqual(['loading', 'ready', 'ready']);
});

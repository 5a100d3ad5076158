/**
 * A tiny shared store for one cloud answer (who am I, the org tree): loaded once, shared by every
 * page that shows it, reloadable, and reset when the H5 dev sign-in switches person.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { AppError, Envelope } from '../../types/envelope';

export type ResourceState<T> =
  | { status: 'idle' | 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: AppError };

export interface Resource<T> {
  get(): ResourceState<T>;
  /** Fetches unless already loaded or loading; `force` fetches again. */
  load(force?: boolean): Promise<ResourceState<T>>;
  set(data: T): void;
  reset(): void;
  subscribe(listener: () => void): () => void;
}

export function createResource<T>(fetcher: () => Promise<Envelope<T>>): Resource<T> {
  let state: ResourceState<T> = { status: 'idle' };
  let inflight: Promise<ResourceState<T>> | null = null;
  let generation = 0;
  const listeners = new Set<() => void>();
  const emit = (next: ResourceState<T>) => {
    state = next;
    listeners.forEach((l) => l());
  };

  return {
    get: () => state,
    load(force = false) {
      if (!force && (state.status === 'ready' || inflight)) return inflight ?? Promise.resolve(state);
      const mine = ++generation;
      emit({ status: 'loading', data: state.data });
      inflight = fetcher().then((env) => {
        // An answer that arrives after a reset (person switched) belongs to nobody: drop it.
        if (mine !== generation) return state;
        inflight = null;
        emit(env.ok ? { status: 'ready', data: env.data } : { status: 'error', error: env.error, data: state.data });
        return state;
      });
      return inflight;
    },
    set: (data) => emit({ status: 'ready', data }),
    reset() {
      generation++;
      inflight = null;
      emit({ status: 'idle' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes a component to a resource and loads it on mount unless `enabled` is false. */
export function useResource<T>(resource: Resource<T>, enabled = true): ResourceState<T> {
  const state = useSyncExternalStore(resource.subscribe, resource.get, resource.get);
  useEffect(() => {
    if (enabled) void resource.load();
  }, [resource, enabled]);
  return state;
}

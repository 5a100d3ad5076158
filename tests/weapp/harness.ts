/**
 * Runs the real mini-program build (dist/weapp) in miniprogram-simulate: WeChat's `App` and `Page`
 * are stood in (a page becomes a j-component Component whose attach runs the page's onLoad),
 * `wx.cloud` answers from a table, and NutUI's layout queries get zero-size boxes.
 * Build first: `npx taro build --type weapp` (the e2e globalSetup does it).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import simulate from 'miniprogram-simulate';

export const DIST = resolve(__dirname, '../../dist/weapp');

type Handler = (name: string, data: Record<string, unknown>) => unknown;
type Options = Record<string, unknown>;
type Fn = (this: unknown, ...args: unknown[]) => unknown;

let app: Options | null = null;
/** The component id of each page route already loaded. */
const loaded: Record<string, string> = {};
/** The query of the page being opened now. */
const opening: { query: Record<string, string> } = { query: {} };
/** What getCurrentPages() answers: the rendered page stand-ins, oldest first. */
const pages: unknown[] = [];

function requireBuild(): void {
  if (!existsSync(join(DIST, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npx taro build --type weapp` (or npm run build:weapp) first');
  }
}

/** Installs the wx stand-ins and loads app.js once. `cloud` answers every callFunction. */
export function loadApp(cloud: Handler): void {
  requireBuild();
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.cloud = {
    init: () => undefined,
    callFunction: async ({ name, data }: { name: string; data: Record<string, unknown> }) => ({
      result: cloud(name, data),
    }),
  };
  wx.getAppBaseInfo = () => ({ fontSizeSetting: 17, SDKVersion: '3.4.0' });
  wx.onNeedPrivacyAuthorization = () => undefined;
  const box = { width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };
  const query = {
    in: () => query,
    select: () => ({ boundingClientRect: (cb?: (r: unknown) => void) => (cb?.(box), query), fields: () => query }),
    selectAll: () => ({ boundingClientRect: (cb?: (r: unknown) => void) => (cb?.([]), query), fields: () => query }),
    selectViewport: () => ({ scrollOffset: () => query }),
    exec: (cb?: (r: unknown[]) => void) => cb?.([box]),
  };
  wx.createSelectorQuery = () => query;

  const g = globalThis as unknown as Record<string, unknown>;
  g.App = (options: Options) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  g.requirePlugin = () => ({});
  if (!app) {
    // The built app is plain CommonJS that WeChat would load by path; nothing to import statically.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(join(DIST, 'app.js'));
    (app!.onLaunch as Fn | undefined)?.call(app, { path: 'pages/home/index', query: {} });
    (app!.onShow as Fn | undefined)?.call(app, { path: 'pages/home/index', query: {} });
  }
}

/**
 * Loads a page of the build as a component and renders it attached to a parent node. `query` is
 * what WeChat passes to onLoad from the page's link (Taro's useRouter().params reads it).
 */
export function renderPage(route: string, query: Record<string, string> = {}) {
  const g = globalThis as unknown as Record<string, unknown>;
  // Read when the page attaches: a route renders again with its registered component, whose
  // lifetimes were made by the first renderPage call and must not keep that call's query.
  opening.query = query;
  g.Page = (options: Options) => {
    const methods: Record<string, Fn> = {};
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v as Fn;
    (g.Component as (o: Options) => void)({
      data: options.data,
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          this.route = route;
          this.__route__ = route;
          pages.push(this);
          methods.onLoad?.call(this, opening.query);
          methods.onShow?.call(this);
        },
        ready(this: unknown) {
          methods.onReady?.call(this);
        },
        // Leaving the page (navigateBack) unloads it: Taro unmounts its React tree.
        detached(this: unknown) {
          methods.onUnload?.call(this);
          pages.splice(pages.indexOf(this), 1);
        },
      },
    });
  };
  // A page's module runs Page() once: a second render of the route reuses the registered component.
  const id = (loaded[route] ??= simulate.load(join(DIST, route), { rootPath: DIST }));
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

type Node = { readonly dom: HTMLElement | undefined; querySelectorAll(selector: string): Node[] };

export const textOf = (node: Node | undefined): string => node?.dom?.textContent ?? '';

/** Waits until the rendered page's text contains `text` (React renders asynchronously). */
export async function waitForText(page: Node, text: string, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!textOf(page).includes(text)) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`"${text}" never appeared; page says: ${textOf(page).slice(0, 300)}`);
    await simulate.sleep(20);
  }
}

/** The first node matching `selector` whose text contains `text`. */
export function findWithText<T extends Node>(
  page: { querySelectorAll(selector: string): T[] },
  selector: string,
  text: string,
): T {
  const found = page.querySelectorAll(selector).find((n) => textOf(n).includes(text));
  if (!found) throw new Error(`no ${selector} with "${text}"`);
  return found;
}

/**
 * Types into a NutUI Input as WeChat would: the native input (`.my-field .nut-input-native`) fires
 * `input` events with the value in `detail`, which Taro hands to the component's onChange. Returns
 * once React has rendered what the field shows (`shown`, when the page rewrites what was typed)
 * into the page's data, so the next tap reads it.
 */
export async function typeInto(
  page: { readonly data: unknown },
  field: { dispatchEvent(name: string, detail?: unknown): void } | undefined,
  value: string,
  shown = value,
): Promise<void> {
  if (!field) throw new Error('no such field to type into');
  field.dispatchEvent('input', { detail: { value, cursor: value.length } });
  await waitFor(() => JSON.stringify(page.data).includes(JSON.stringify(shown)), `the field to show "${shown}"`);
}

/** Waits until `done()` holds (React renders asynchronously; a loaded machine makes it slow). */
export async function waitFor(done: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await simulate.sleep(20);
  }
}

/**
 * A node without a weapp template would silently vanish in WeChat: the simulator warns about it.
 * Collects those warnings (other warnings pass through); `stop` restores console.warn.
 */
export function watchMissingTemplates(): { found: string[]; stop(): void } {
  const found: string[] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/Template `[^`]+` not found/.test(text)) found.push(text.slice(0, 120));
    else realWarn(...args);
  };
  return { found, stop: () => void (console.warn = realWarn) };
}

/** A person's tap: the event, then a moment for React to render before the next one. */
export async function tap(node: { dispatchEvent(name: string): void }): Promise<void> {
  node.dispatchEvent('tap');
  await simulate.sleep(20);
}

'use strict';
/**
 * One cloud-function "instance": a worker thread that runs one invocation at a time.
 *
 * Plain CommonJS on purpose: it starts the same under jest, under the tsx CLI and under plain
 * node, with no loader. Each worker thread has its own copy of process.env (Node 20), so setting
 * the caller's identity here is what makes `cloud.getWXContext().OPENID` per invocation: the SDK
 * reads WX_CONTEXT_KEYS and then each listed variable (WX_OPENID → OPENID, ...) on every call.
 * TCB_CONTEXT_CNFG is re-read by the SDK on every database request (node-sdk
 * utils/tcbcontext.js getServerInjectUrl), so pointing its URL at a per-invocation path tells the
 * database stand-in which invocation a request belongs to.
 *
 * Modules stay loaded between invocations (a warm instance); a rebuilt function (new mtime of its
 * index.js) is loaded afresh. A `preload` message loads functions before anyone calls them, one per
 * turn of the event loop, so an invocation that arrives meanwhile is not held up behind the list.
 * Protocol: instance.ts.
 */
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');

const loaded = new Map();

function loadFunction(file) {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const cached = loaded.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.mod;
  if (cached) {
    const dir = path.dirname(file) + path.sep;
    for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
  }
  const mod = require(file);
  loaded.set(file, { mtimeMs, mod });
  parentPort.postMessage({ type: 'loaded', file });
  return mod;
}

function isLoaded(file) {
  const cached = loaded.get(file);
  try {
    return Boolean(cached) && cached.mtimeMs === fs.statSync(file).mtimeMs;
  } catch {
    return false;
  }
}

/** Loads each file on its own turn; a function that fails to load fails again, visibly, when called. */
function preload(files) {
  const next = () => {
    const file = files.shift();
    if (file === undefined) {
      parentPort.postMessage({ type: 'preloaded' });
      return;
    }
    try {
      loadFunction(file);
    } catch {
      // left unloaded: its first call loads it and reports the error code
    }
    setImmediate(next);
  };
  next();
}

/** What may be logged about a failure: a code or a class name, never a message or the event. */
function errorCodeOf(error) {
  if (error && typeof error === 'object') {
    if (error.errCode !== undefined) return String(error.errCode);
    if (typeof error.code === 'string' || typeof error.code === 'number') return String(error.code);
    if (typeof error.name === 'string') return error.name;
  }
  return typeof error;
}

parentPort.on('message', async (msg) => {
  if (msg && msg.type === 'preload') return preload([...msg.files]);
  if (!msg || msg.type !== 'invoke') return;
  let reply;
  const cold = !isLoaded(msg.file);
  // Everything after the hand-off answers `done`, so no failure here leaves the instance busy.
  try {
    for (const [key, value] of Object.entries(msg.env)) {
      if (value === null) delete process.env[key];
      else process.env[key] = value;
    }
    const mod = loadFunction(msg.file);
    const main = mod && (typeof mod.main === 'function' ? mod.main : mod.default && mod.default.main);
    if (typeof main !== 'function') throw Object.assign(new Error('no exports.main'), { code: 'NO_MAIN' });
    // Loaded: the function's own time limit starts now (the cloud times initialisation apart).
    parentPort.postMessage({ type: 'started', id: msg.id });
    const value = await main(msg.event, msg.context);
    // The cloud hands the caller a JSON copy of the return value; so do we (Dates become strings).
    const json = value === undefined ? 'null' : JSON.stringify(value);
    reply = { type: 'done', id: msg.id, cold, ok: true, json: json === undefined ? 'null' : json };
  } catch (error) {
    reply = { type: 'done', id: msg.id, cold, ok: false, errorCode: errorCodeOf(error) };
  }
  parentPort.postMessage(reply);
});

// A stray rejection must not kill a warm instance that other invocations will reuse.
process.on('unhandledRejection', (reason) => {
  console.error(`[localcloud] unhandled rejection in a function: ${errorCodeOf(reason)}`);
});

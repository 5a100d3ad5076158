/**
 * Wraps a function's action handlers in the one envelope every function answers (issue #2, point 3):
 * parse the event with zod before anything happens, check the text people wrote (msgSecCheck), run
 * the handler, map failures to stable codes.
 */
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import { fail, ok, type Envelope } from '../../types/envelope';
import { isRefusalName, type RefusalName } from '../../types/refusals';
import { AppFailure } from './failure';
import { checkPeopleText } from './content-check';

z.config(zhCN());

/** Fields the WeChat platform adds to events from the client. Never trusted, never the actor. */
const PLATFORM_FIELDS = ['userInfo'];

type Handlers<E extends { action: string }> = {
  [K in E['action']]: (event: Extract<E, { action: K }>) => Promise<unknown>;
};

export function defineFunction<E extends { action: string }>(
  functionName: string,
  schema: z.ZodType<E>,
  handlers: Handlers<E>,
): (event: unknown) => Promise<Envelope<unknown>> {
  return async function main(rawEvent: unknown): Promise<Envelope<unknown>> {
    const parsed = schema.safeParse(withoutPlatformFields(rawEvent));
    if (!parsed.success) return fail('INVALID_ARGUMENT', describeIssue(parsed.error), issueReason(parsed.error));
    const event = parsed.data;
    const handler = handlers[event.action as E['action']] as (e: E) => Promise<unknown>;
    try {
      // People's text is checked before anything happens (types/people-text.ts lists the fields).
      await checkPeopleText(functionName, event);
      return ok(await handler(event));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.reason);
      // Log where it broke, never the event (it may hold phones and addresses).
      const errCode = (error as { errCode?: unknown })?.errCode ?? (error as Error)?.name ?? 'unknown';
      console.error(`[${functionName}] ${event.action} failed: ${String(errCode)}`);
      return fail('INTERNAL');
    }
  };
}

function withoutPlatformFields(event: unknown): unknown {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return event;
  const copy: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  for (const key of PLATFORM_FIELDS) delete copy[key];
  return copy;
}

/** One readable Chinese sentence naming the first bad field; no values or keys echoed back. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '请求参数不正确';
  if (issue.code === 'invalid_union' && issue.path.length === 0) return '不支持的操作（action）';
  const path = fieldPath(issue.path);
  const message = ownMessage(issue);
  return path ? `参数 ${path} 不正确：${message}` : `请求参数不正确：${message}`;
}

/** Path segments that are field names of ours (short identifiers) or list positions. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
const MAX_PATH_SEGMENTS = 4;

/**
 * The field path a message may name: at most a few short segments. A key the caller made up (a
 * record's key, 100 KB of 'k') is never repeated; it shows as '…'.
 */
function fieldPath(path: readonly PropertyKey[]): string {
  const shown = path
    .slice(0, MAX_PATH_SEGMENTS)
    .map((p) => (typeof p === 'number' || (typeof p === 'string' && FIELD.test(p)) ? String(p) : '…'));
  if (path.length > MAX_PATH_SEGMENTS) shown.push('…');
  return shown.join('.');
}

/** Longer than any message our schemas write: a longer one came from the input. */
const MAX_MESSAGE = 80;

/**
 * The issue's sentence, unless it could carry the caller's input: zod names unknown keys and bad
 * record keys in its message, so those get a sentence of our own.
 */
function ownMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return '含有不支持的字段';
  if (issue.code === 'invalid_key') return '字段名不正确';
  return issue.message.length <= MAX_MESSAGE ? issue.message : '内容不正确';
}

/** A schema check may name its refusal (e.g. cursorSchema: CURSOR_MALFORMED) in its issue's params. */
function issueReason(error: z.ZodError): RefusalName | undefined {
  const issue = error.issues[0];
  const reason = issue?.code === 'custom' ? (issue.params as { reason?: unknown } | undefined)?.reason : undefined;
  return isRefusalName(reason) ? reason : undefined;
}

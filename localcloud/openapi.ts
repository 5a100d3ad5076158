/**
 * Stand-ins for the WeChat open APIs our functions call through `cloud.openapi.*`.
 *
 * How wx-server-sdk 4.0.2 sends them (index.js generic.ts → node-sdk wx/index.js
 * callCompatibleWxOpenApi): one `POST <TCB_CONTEXT_CNFG.URL>` as multipart/form-data with fields
 * `action=wx.openApi`, `apiName` (e.g. `security.msgSecCheck`), `requestData` (protobuf
 * CommApiData: apiType 1, openapiData 2 { pairs 1: KeyValuePair { key 1, value 2 = JSON bytes } },
 * appid 6; keys already snake_case) plus the usual env/token fields. The SDK wants back raw bytes
 * (any content-type but `application/json; charset=utf-8`, which it reads as a TCB error): a
 * protobuf CommOpenApiResp { respData 1, contentType 2, errorCode 3 }. With contentType
 * `application/json`, respData is WeChat's JSON answer: `errcode` ≠ 0 becomes a thrown
 * CloudSDKError with that errCode; otherwise the fields come back camelCased with errCode 0.
 *
 * - security.msgSecCheck (v2): text containing 违禁测试词 or a word from LOCAL_SEC_CHECK_WORDS
 *   (comma-separated) is `risky`, label 20006; anything else `pass`, label 100.
 * - subscribeMessage.send: recorded in the `_outbox` collection (durable, in the store); a
 *   templateId starting with `fail-` answers 43101 "user refuse to accept the msg" and records nothing.
 */
import crypto from 'node:crypto';
import type { Doc } from './ejson';
import type { Store } from './store';

export const OUTBOX = '_outbox';
export const BUILTIN_RISKY_WORD = '违禁测试词';

export interface OpenApiAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

export class OpenApiService {
  constructor(
    private readonly store: Store,
    private readonly words: () => string[] = riskyWordsFromEnv,
  ) {
    store.ensureCollection(OUTBOX);
  }

  /** The multipart body of a `wx.openApi` request → the raw answer the SDK decodes. */
  handle(contentType: string, body: Buffer): OpenApiAnswer {
    const fields = parseMultipart(contentType, body);
    const action = fields.get('action')?.toString('utf8');
    const apiName = fields.get('apiName')?.toString('utf8') ?? '';
    if (action !== 'wx.openApi') return tcbError('INVALID_PARAM', `the local cloud does not support ${action}`);
    const data = decodeRequestData(fields.get('requestData') ?? Buffer.alloc(0));
    switch (apiName) {
      case 'security.msgSecCheck':
        return wxAnswer(this.secCheck(data));
      case 'subscribeMessage.send':
        return wxAnswer(this.send(data));
      default:
        return wxAnswer({ errcode: -604101, errmsg: `the local cloud has no stand-in for ${apiName}` });
    }
  }

  /** Resolves once what `handle` stored is on disk (the store's group commit). */
  durable(): Promise<void> {
    return this.store.durable();
  }

  /** Every message sent, oldest first. */
  outbox(): Doc[] {
    return this.store.find(OUTBOX);
  }

  private secCheck(data: Record<string, unknown>): Record<string, unknown> {
    if (data.version !== 2 || typeof data.openid !== 'string' || typeof data.content !== 'string') {
      return { errcode: 47001, errmsg: 'data format error' };
    }
    const content = data.content;
    const risky = [BUILTIN_RISKY_WORD, ...this.words()].some((w) => w && content.includes(w));
    const result = risky ? { suggest: 'risky', label: 20006 } : { suggest: 'pass', label: 100 };
    const traceId = crypto.randomBytes(8).toString('hex');
    return {
      errcode: 0,
      errmsg: 'ok',
      result,
      detail: [{ strategy: 'content_model', errcode: 0, ...result }],
      trace_id: traceId,
    };
  }

  private send(data: Record<string, unknown>): Record<string, unknown> {
    const templateId = data.template_id;
    if (typeof data.touser !== 'string' || typeof templateId !== 'string' || !data.data) {
      return { errcode: 47003, errmsg: 'argument invalid!' };
    }
    if (templateId.startsWith('fail-')) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    const message = {
      _id: crypto.randomBytes(12).toString('hex'),
      touser: data.touser,
      templateId,
      page: data.page ?? '',
      data: data.data,
      miniprogramState: data.miniprogram_state ?? 'formal',
      at: new Date().toISOString(),
    };
    this.store.insertMany(OUTBOX, [message]);
    return { errcode: 0, errmsg: 'ok', msgid: message._id };
  }
}

function riskyWordsFromEnv(): string[] {
  return (process.env.LOCAL_SEC_CHECK_WORDS ?? '')
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
}

function wxAnswer(json: Record<string, unknown>): OpenApiAnswer {
  const respData = Buffer.from(JSON.stringify(json), 'utf8');
  const body = concat([bytesField(1, respData), bytesField(2, Buffer.from('application/json'))]);
  return { status: 200, contentType: 'application/octet-stream', body };
}

/** A TCB-level error: JSON with exactly this content-type is what the SDK parses as one. */
function tcbError(code: string, message: string): OpenApiAnswer {
  const body = Buffer.from(JSON.stringify({ code, message }), 'utf8');
  return { status: 200, contentType: 'application/json; charset=utf-8', body };
}

/** CommApiData → the request's fields, each value parsed from its JSON bytes. */
export function decodeRequestData(buf: Buffer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const openapiData = readFields(buf).find((f) => f.no === 2)?.bytes;
  if (!openapiData) return out;
  for (const pair of readFields(openapiData).filter((f) => f.no === 1 && f.bytes)) {
    const kv = readFields(pair.bytes as Buffer);
    const key = kv.find((f) => f.no === 1)?.bytes?.toString('utf8');
    const value = kv.find((f) => f.no === 2)?.bytes?.toString('utf8');
    if (key === undefined || value === undefined) continue;
    try {
      out[key] = JSON.parse(value);
    } catch {
      out[key] = value;
    }
  }
  return out;
}

interface Field {
  no: number;
  bytes?: Buffer;
}

/** Just enough protobuf: varint (0) and length-delimited (2) fields, which is all these messages use. */
function readFields(buf: Buffer): Field[] {
  const fields: Field[] = [];
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; pos < buf.length; shift += 7) {
      const byte = buf[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    return value;
  };
  while (pos < buf.length) {
    const tag = varint();
    const wire = tag & 7;
    if (wire === 0) {
      varint();
      fields.push({ no: tag >>> 3 });
    } else if (wire === 2) {
      const len = varint();
      fields.push({ no: tag >>> 3, bytes: buf.subarray(pos, pos + len) });
      pos += len;
    } else break; // no other wire types in these messages
  }
  return fields;
}

function varintBytes(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

function bytesField(no: number, value: Buffer): Buffer {
  return concat([varintBytes((no << 3) | 2), varintBytes(value.length), value]);
}

const concat = (parts: Buffer[]) => Buffer.concat(parts);

/** multipart/form-data (as the `form-data` package writes it) → field name → raw bytes. */
export function parseMultipart(contentType: string, body: Buffer): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return fields;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after, before
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const name = /name="([^"]*)"/.exec(part.subarray(0, headerEnd).toString('utf8'))?.[1];
      if (name) fields.set(name, part.subarray(headerEnd + 4));
    }
    start = next;
  }
  return fields;
}

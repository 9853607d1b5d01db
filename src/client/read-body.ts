import { abortable } from './abortable';

/**
 * @internal Reads a response body of at most `maxBytes` bytes. Returns its bytes, or `undefined`
 * as soon as it is known to be larger (a `Content-Length` over the limit, or the bytes read so
 * far), having cancelled the rest. Ends with the signal's reason when `signal` aborts, even if the
 * stream ignores it.
 */
export async function readBody(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void body.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await abortable(reader.read(), signal);
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('the response body is not a stream of bytes');
      size += value.byteLength;
      if (size > maxBytes) return undefined;
      chunks.push(value);
    }
  } finally {
    // Stops the download when the body is over the limit or the wait was aborted; a no-op at its end.
    void reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

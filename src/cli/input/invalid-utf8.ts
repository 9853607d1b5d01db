/**
 * The offset of the first byte of `bytes` that is not part of a valid UTF-8 character (a stray
 * continuation byte, a lead byte without its continuation, an overlong form, a surrogate, or a
 * sequence cut short by the end), or -1 when `bytes` is valid UTF-8. Linear in the length, however
 * many U+FFFD characters the input holds. Call it after `isUtf8` from `node:buffer` said no: it
 * decodes the bytes, which `isUtf8` does not.
 *
 * @example
 * firstInvalidUtf8Byte(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])); // 2 ('{"', then 0xE9 alone)
 * firstInvalidUtf8Byte(Buffer.from('{"a":"é"}'));                     // -1
 */
export function firstInvalidUtf8Byte(bytes: Buffer): number {
  // Decoding replaces each invalid sequence with U+FFFD; every character before the first of them
  // re-encodes to the bytes it came from, so its byte offset is that of the invalid sequence,
  // unless the input holds a real U+FFFD (EF BF BD) there.
  const text = bytes.toString('utf8');
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', from)) {
    offset += Buffer.byteLength(text.slice(from, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = at + 1;
  }
  return -1;
}

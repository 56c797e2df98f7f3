// Server-sent events read as they arrive: frames are split at blank lines (LF or CRLF),
// comments skipped, several `data:` lines joined with newlines (the WHATWG rules).

/** Calls `onFrame({event, data, id})` for each frame of `response`'s body as it arrives. */
export async function readFrames(response, onFrame) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const frame = parse(block);
      if (frame) onFrame(frame);
    }
  }
  const last = parse(buffer);
  if (last) onFrame(last);
}

function parse(block) {
  const frame = {};
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    frame[name] = name === 'data' && name in frame ? `${frame.data}\n${value}` : value;
  }
  return Object.keys(frame).length ? frame : null;
}

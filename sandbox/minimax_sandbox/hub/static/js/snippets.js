// "Copy as curl / Python / JavaScript / Go" for the exact request the playground sent: its
// method, URL, key, Idempotency-Key and body. The SDK calls (method names, argument names, Go
// types) are read from sdk/calls.json, which `make generate` writes from the generators' own
// naming, so a snippet calls what the SDKs really have.

let calls = null;

export async function loadCalls() {
  if (calls === null) calls = await (await fetch('sdk/calls.json')).json();
  return calls;
}

/** A word for a POSIX shell, in single quotes. */
function shell(text) {
  return `'${String(text).replaceAll("'", "'\\''")}'`;
}

function curl(sent) {
  const lines = [`curl${sent.stream ? ' -N' : ''} -X ${sent.method} ${shell(sent.url)}`];
  for (const [name, value] of sent.headers) lines.push(`-H ${shell(`${name}: ${value}`)}`);
  if (sent.body && sent.body.kind === 'json') lines.push(`--data-raw ${shell(sent.body.text)}`);
  if (sent.body && sent.body.kind === 'multipart') {
    for (const part of sent.body.parts) {
      const field = part.file
        ? `${part.name}=@${part.file.name};type=${part.file.type || 'application/octet-stream'}`
        : `${part.name}=${part.value}`;
      lines.push(`-F ${shell(field)}`);
    }
  }
  if (sent.binary) lines.push(`-o ${shell(sent.binary)}`);
  return lines.join(' \\\n  ');
}

// ---- Python ----

function py(value, indent = '') {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${inner}${py(v, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${py(v, inner)},\n`).join('')}${indent}}`;
}

function python(sent) {
  const op = calls.operations[sent.op.id].python;
  const args = sent.pathValues.map((v) => py(v, '    '));
  for (const [name, value] of Object.entries(sent.query))
    args.push(`${op.arguments[name]}=${py(value, '    ')}`);
  const imports = [calls.python.import];
  if (sent.body && sent.body.kind === 'json') {
    for (const [name, value] of Object.entries(sent.body.value))
      args.push(`${name}=${py(value, '    ')}`);
  }
  if (sent.body && sent.body.kind === 'multipart') {
    imports.unshift('from pathlib import Path', '');
    for (const part of sent.body.parts) {
      args.push(
        `${part.name}=${part.file ? `Path(${JSON.stringify(part.file.name)})` : py(part.value)}`,
      );
    }
  }
  // A GET's method takes no idempotency key (the API ignores one), so it has no argument.
  const idempotency = op.arguments[sent.idempotencyHeader];
  if (sent.idempotencyKey && idempotency) args.push(`${idempotency}=${py(sent.idempotencyKey)}`);
  const call = args.length
    ? `${op.method}(\n${args.map((a) => `    ${a},\n`).join('')})`
    : `${op.method}()`;
  const lines = [
    ...imports,
    '',
    `client = ${calls.python.client}(api_key=${py(sent.key)}, base_url=${py(sent.baseUrl)})`,
    `result = ${call}`,
  ];
  if (sent.stream) lines.push('for item in result:', '    print(item)');
  else if (sent.binary)
    lines.push(`with open(${py(sent.binary)}, "wb") as out:`, '    out.write(result.data)');
  else lines.push('print(result.data)');
  return lines.join('\n');
}

// ---- JavaScript ----

function javascript(sent) {
  const op = calls.operations[sent.op.id].javascript;
  const js = calls.javascript;
  const args = sent.pathValues.map((v) => JSON.stringify(v));
  const imports = [`import ${js.client} from ${JSON.stringify(js.package)};`];
  if (sent.body && sent.body.kind === 'json') args.push(JSON.stringify(sent.body.value, null, 2));
  else if (sent.body && sent.body.kind === 'multipart') {
    imports[0] = `import ${js.client}, { fileFromPath } from ${JSON.stringify(js.package)};`;
    const fields = sent.body.parts.map(
      (p) =>
        `  ${p.name}: ${p.file ? `await fileFromPath(${JSON.stringify(p.file.name)})` : JSON.stringify(p.value)},`,
    );
    args.push(`{\n${fields.join('\n')}\n}`);
  } else if (Object.keys(sent.query).length) args.push(JSON.stringify(sent.query, null, 2));
  if (sent.idempotencyKey) {
    if (args.length === sent.pathValues.length) args.push('{}');
    args.push(`{ ${js.idempotency}: ${JSON.stringify(sent.idempotencyKey)} }`);
  }
  const lines = [
    ...imports,
    '',
    `const client = new ${js.client}({ apiKey: ${JSON.stringify(sent.key)}, baseURL: ${JSON.stringify(sent.baseUrl)} });`,
    `const result = await ${op.method}(${args.join(', ')});`,
  ];
  if (sent.stream)
    lines.push('for await (const item of result) {', '  console.log(JSON.stringify(item));', '}');
  else if (sent.binary) lines.push(`await result.writeTo(${JSON.stringify(sent.binary)});`);
  else lines.push('console.dir(result.data, { depth: null });');
  return lines.join('\n');
}

// ---- Go ----

/** A Go string literal: raw when it can be, else JSON's escapes (which Go reads alike). */
function goString(text) {
  return /^[^`\r\u0000-\u0008\u000b-\u001f\u007f]*$/.test(text) && !text.includes('\n')
    ? `\`${text}\``
    : JSON.stringify(text);
}

function goScalar(value, type, pkg) {
  const base = type.replace(/^\*/, '');
  const literal = base === 'string' ? JSON.stringify(String(value)) : String(value);
  const pointer = type.startsWith('*') && calls.go.pointers[base];
  return pointer ? `${pkg}.${pointer}(${literal})` : literal;
}

function goChecked(statement) {
  return [`if ${statement}; err != nil {`, '\tlog.Fatal(err)', '}'];
}

function go(sent) {
  const op = calls.operations[sent.op.id].go;
  const pkg = calls.go.package;
  const imports = new Set(['context', 'log']);
  const body = [
    'ctx := context.Background()',
    `client := ${pkg}.NewClient(${JSON.stringify(sent.key)}, ${pkg}.WithBaseURL(${JSON.stringify(sent.baseUrl)}))`,
  ];
  const args = ['ctx', ...sent.pathValues.map((v) => JSON.stringify(String(v)))];
  const options = [];
  if (sent.body && op.body) {
    const fields = op.body.fields;
    const plain = {};
    const unions = {};
    const files = [];
    const values =
      sent.body.kind === 'json'
        ? Object.entries(sent.body.value)
        : sent.body.parts.map((p) => [p.name, p.file ? p : p.value]);
    for (const [name, value] of values) {
      const field = fields[name];
      if (value && value.file) files.push([field, value.file.name]);
      else if (field && field.union) unions[name] = value;
      else plain[name] = value;
    }
    imports.add('encoding/json');
    body.push(`var body ${pkg}.${op.body.type}`);
    body.push(
      ...goChecked(`err := json.Unmarshal([]byte(${goString(JSON.stringify(plain))}), &body)`),
    );
    if (Object.keys(unions).length) {
      body.push(`// ${Object.keys(unions).join(', ')}: one of several types; sent as given`);
      body.push('var extra map[string]any');
      body.push(
        ...goChecked(`err := json.Unmarshal([]byte(${goString(JSON.stringify(unions))}), &extra)`),
      );
      options.push(`${pkg}.${calls.go.extra_body}(extra)`);
    }
    for (const [field, name] of files) {
      body.push(
        `file, err := ${pkg}.${calls.go.file_from_path}(${JSON.stringify(name)})`,
        'if err != nil {',
        '\tlog.Fatal(err)',
        '}',
      );
      body.push(`body.${field.name} = ${field.type.startsWith('*') ? '&' : ''}file`);
    }
    args.push('&body');
  } else if (op.query) {
    const given = Object.entries(sent.query).filter(([name]) => op.query.fields[name]);
    // The values in one column, as gofmt aligns them.
    const width = Math.max(0, ...given.map(([name]) => op.query.fields[name].name.length));
    const items = given.map(([name, value]) => {
      const field = op.query.fields[name];
      return `\t${`${field.name}:`.padEnd(width + 2)}${goScalar(value, field.type, pkg)},`;
    });
    args.push(items.length ? `&${pkg}.${op.query.type}{\n${items.join('\n')}\n}` : 'nil');
  }
  if (sent.idempotencyKey)
    options.push(`${pkg}.${calls.go.idempotency}(${JSON.stringify(sent.idempotencyKey)})`);
  const method = sent.stream && op.stream_method ? op.stream_method : op.method;
  body.push(
    `result, err := ${method}(${[...args, ...options].join(', ')})`,
    'if err != nil {',
    '\tlog.Fatal(err)',
    '}',
  );
  if (sent.stream) {
    imports.add('encoding/json').add('fmt');
    body.push(
      'defer result.Close()',
      'for result.Next() {',
      '\titem, err := json.Marshal(result.Current())',
      '\tif err != nil {',
      '\t\tlog.Fatal(err)',
      '\t}',
      '\tfmt.Println(string(item))',
      '}',
      ...goChecked('err := result.Err()'),
    );
  } else if (sent.binary) {
    imports.add('io').add('os');
    body.push(
      'defer result.Body.Close()',
      `out, err := os.Create(${JSON.stringify(sent.binary)})`,
      'if err != nil {',
      '\tlog.Fatal(err)',
      '}',
      ...goChecked('_, err := io.Copy(out, result.Body)'),
      ...goChecked('err := out.Close()'),
    );
  } else {
    imports.add('encoding/json').add('fmt');
    body.push(
      'data, err := json.MarshalIndent(result.Data, "", "  ")',
      'if err != nil {',
      '\tlog.Fatal(err)',
      '}',
      'fmt.Println(string(data))',
    );
  }
  const standard = [...imports].sort().map((i) => `\t${JSON.stringify(i)}`);
  return [
    'package main',
    '',
    'import (',
    ...standard,
    '',
    `\t${JSON.stringify(calls.go.module)}`,
    ')',
    '',
    'func main() {',
    ...body.map((line) =>
      line
        .split('\n')
        .map((l) => `\t${l}`)
        .join('\n'),
    ),
    '}',
  ].join('\n');
}

export const LANGUAGES = { curl, python, javascript, go };

// A form for a JSON Schema of the spec: objects, arrays (add and remove items), one-of
// variants (chosen from a list: a chat message's role, a tool choice's string or object),
// enums, constants, numbers, booleans, files, and free-form objects as JSON text. Hand-written
// for the subset the spec's request schemas use: the JSON-Schema form libraries weigh 100-300 kB
// with their UI framework, ten times this app. Values the user types are sent as typed (a
// number that does not parse is sent as the text), so the server, not the form, judges them.

import { h } from './dom.js';

const REF = '#/components/schemas/';

/** A schema with its `$ref` followed (the referring node's description kept). */
export function resolve(spec, schema) {
  let node = schema || {};
  let name = null;
  for (let depth = 0; node.$ref && depth < 32; depth += 1) {
    name = node.$ref.slice(REF.length);
    node = { description: node.description, ...spec.schemas[name] };
  }
  if (node.allOf) {
    const merged = { type: 'object', properties: {}, required: [], description: node.description };
    for (const part of node.allOf) {
      const sub = resolve(spec, part).schema;
      Object.assign(merged.properties, sub.properties || {});
      merged.required.push(...(sub.required || []));
    }
    node = merged;
  }
  return { schema: node, name };
}

function types(schema) {
  const type = schema.type;
  if (Array.isArray(type)) return type;
  if (type) return [type];
  if (schema.properties) return ['object'];
  if (schema.const !== undefined) return [typeof schema.const];
  if (schema.enum) return [typeof schema.enum[0]];
  return [];
}

/** The main type of a schema, `null` aside. */
function mainType(schema) {
  return types(schema).find((t) => t !== 'null') || 'any';
}

/** A variant's label: its schema's name, or the constant it fixes, or its type. */
function variantLabel(spec, variant, index) {
  const { schema, name } = resolve(spec, variant);
  if (schema.enum) return schema.enum.join(' | ');
  return name || mainType(schema) || `option ${index + 1}`;
}

/** Which variant of a oneOf holds `value`. */
function chooseVariant(spec, schema, value) {
  const variants = schema.oneOf || schema.anyOf;
  const discriminator = schema.discriminator;
  if (discriminator && value && typeof value === 'object') {
    const target = (discriminator.mapping || {})[value[discriminator.propertyName]];
    const found = variants.findIndex((v) => v.$ref === target);
    if (found >= 0) return found;
  }
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const found = variants.findIndex((v) => {
    const t = mainType(resolve(spec, v).schema);
    return t === kind || (kind === 'number' && t === 'integer');
  });
  return found >= 0 ? found : 0;
}

/**
 * An editor for `schema` holding `value`: `{element, value()}`; `value()` is `undefined` when
 * the field is left empty (and so not sent).
 */
export function editor(spec, schema, value, path) {
  const { schema: node } = resolve(spec, schema);
  if (node.oneOf || node.anyOf) return variantEditor(spec, node, value, path);
  if (node.const !== undefined) {
    return {
      element: h('code', {}, JSON.stringify(node.const)),
      value: () => node.const,
    };
  }
  const type = mainType(node);
  if (type === 'object' && node.properties) return objectEditor(spec, node, value, path);
  if (type === 'array') return arrayEditor(spec, node, value, path);
  if (node.enum) return enumEditor(node, value, path);
  if (type === 'boolean') return booleanEditor(value, path);
  if (type === 'integer' || type === 'number') return numberEditor(node, value, path);
  if (type === 'string' && node.format === 'binary') return fileEditor(path);
  if (type === 'string') return textEditor(node, value, path);
  return jsonEditor(value, path);
}

function objectEditor(spec, node, value, path) {
  const given = value && typeof value === 'object' ? value : {};
  const required = new Set(node.required || []);
  const fields = [];
  const element = h('div', { class: 'object' });
  for (const [name, property] of Object.entries(node.properties)) {
    const fieldPath = path ? `${path}.${name}` : name;
    const child = editor(spec, property, given[name], fieldPath);
    const description = resolve(spec, property).schema.description || property.description;
    const label = h('label', { class: 'field-name', title: description || '' }, name);
    if (required.has(name)) label.append(h('span', { class: 'required', title: 'required' }, '*'));
    element.append(
      h('div', { class: 'field', dataset: { field: fieldPath } }, label, child.element),
    );
    fields.push([name, child]);
  }
  return {
    element,
    value() {
      const out = {};
      for (const [name, child] of fields) {
        const v = child.value();
        if (v !== undefined) out[name] = v;
      }
      return Object.keys(out).length || required.size ? out : undefined;
    },
  };
}

function arrayEditor(spec, node, value, path) {
  const items = [];
  const list = h('ol', { class: 'array' });
  const add = (itemValue) => {
    const index = items.length;
    const child = editor(spec, node.items || {}, itemValue, `${path}[${index}]`);
    const entry = { child };
    const remove = h('button', { type: 'button', class: 'small', title: 'Remove this item' }, '×');
    const row = h('li', {}, child.element, remove);
    remove.addEventListener('click', () => {
      items.splice(items.indexOf(entry), 1);
      row.remove();
    });
    items.push(entry);
    list.append(row);
  };
  for (const item of Array.isArray(value) ? value : []) add(item);
  const addButton = h(
    'button',
    { type: 'button', class: 'small', dataset: { add: path } },
    '+ item',
  );
  addButton.addEventListener('click', () => add(undefined));
  return {
    element: h('div', {}, list, addButton),
    value() {
      const out = items.map((entry) => entry.child.value()).filter((v) => v !== undefined);
      return out.length ? out : undefined;
    },
  };
}

function variantEditor(spec, node, value, path) {
  const variants = node.oneOf || node.anyOf;
  const select = h(
    'select',
    { name: `${path}:variant`, 'aria-label': `${path} kind` },
    h('option', { value: '' }, '(not set)'),
    variants.map((v, i) => h('option', { value: String(i) }, variantLabel(spec, v, i))),
  );
  const holder = h('div');
  let child = null;
  const show = (index, itemValue) => {
    child = index === '' ? null : editor(spec, variants[Number(index)], itemValue, path);
    holder.replaceChildren(...(child ? [child.element] : []));
  };
  if (value !== undefined) {
    select.value = String(chooseVariant(spec, node, value));
    show(select.value, value);
  }
  select.addEventListener('change', () => show(select.value, undefined));
  return {
    element: h('div', { class: 'variants' }, select, holder),
    value: () => (child ? child.value() : undefined),
  };
}

function enumEditor(node, value, path) {
  const select = h(
    'select',
    { name: path },
    h('option', { value: '' }, '(not set)'),
    node.enum.map((v) => h('option', { value: String(v) }, String(v))),
  );
  if (value !== undefined && value !== null) select.value = String(value);
  return { element: select, value: () => (select.value === '' ? undefined : select.value) };
}

function booleanEditor(value, path) {
  const select = h(
    'select',
    { name: path },
    h('option', { value: '' }, '(not set)'),
    h('option', { value: 'true' }, 'true'),
    h('option', { value: 'false' }, 'false'),
  );
  if (typeof value === 'boolean') select.value = String(value);
  return {
    element: select,
    value: () => (select.value === '' ? undefined : select.value === 'true'),
  };
}

function numberEditor(node, value, path) {
  const input = h('input', {
    name: path,
    type: 'text',
    inputmode: 'decimal',
    placeholder: node.default ?? '',
  });
  if (typeof value === 'number') input.value = String(value);
  return {
    element: input,
    value() {
      const text = input.value.trim();
      if (text === '') return undefined;
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    },
  };
}

function textEditor(node, value, path) {
  const long = (node.maxLength || 0) > 256;
  const input = long
    ? h('textarea', { name: path, rows: 2, placeholder: node.default ?? '' })
    : h('input', { name: path, type: 'text', placeholder: node.default ?? '' });
  if (typeof value === 'string') input.value = value;
  return { element: input, value: () => (input.value === '' ? undefined : input.value) };
}

function fileEditor(path) {
  const input = h('input', { name: path, type: 'file' });
  return { element: input, value: () => (input.files && input.files[0]) || undefined };
}

/** A free-form value (an object without properties: a tool's parameters) as JSON text. */
function jsonEditor(value, path) {
  const input = h('textarea', { name: path, rows: 3, class: 'code', spellcheck: 'false' });
  if (value !== undefined) input.value = JSON.stringify(value, null, 2);
  return {
    element: input,
    value() {
      const text = input.value.trim();
      if (text === '') return undefined;
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    },
  };
}

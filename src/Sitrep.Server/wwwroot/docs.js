// A small renderer of the server's OpenAPI document: operations, parameters, bodies, responses and
// schemas. Everything is written with textContent.
const el = (tag, text, cls) => {
  const e = document.createElement(tag);
  if (text != null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
};
const refName = s => s?.$ref ? s.$ref.split('/').pop() : s?.type === 'array' ? `${refName(s.items)}[]` : (Array.isArray(s?.type) ? s.type.join('|') : s?.type ?? '');

const doc = await (await fetch('/openapi/v1.json')).json();
const main = document.getElementById('doc');
main.replaceChildren();
if (doc.info?.description) main.append(el('p', doc.info.description));
main.append(el('h2', 'Operations'));
for (const [path, ops] of Object.entries(doc.paths ?? {})) {
  for (const [method, op] of Object.entries(ops)) {
    const box = el('section', null, 'op');
    const h = el('h3');
    h.append(el('span', method, `method ${method}`), el('span', path, 'path'));
    box.append(h);
    if (op.summary) box.append(el('p', op.summary));
    if (op.description) box.append(el('p', op.description));
    if (op.parameters?.length) {
      const t = el('table');
      t.append(Object.assign(el('tr'), {}));
      t.firstChild.append(el('th', 'parameter'), el('th', 'in'), el('th', 'required'), el('th', 'type'));
      for (const p of op.parameters) {
        const tr = el('tr');
        tr.append(el('td', p.name), el('td', p.in), el('td', p.required ? 'yes' : ''), el('td', refName(p.schema)));
        t.append(tr);
      }
      box.append(t);
    }
    if (op.requestBody) {
      const [ct, c] = Object.entries(op.requestBody.content ?? {})[0] ?? [];
      box.append(el('p', `body: ${ct ?? ''} ${refName(c?.schema)}`));
    }
    const rs = Object.entries(op.responses ?? {}).map(([code, r]) => `${code} ${Object.keys(r.content ?? {}).map(k => `${k} ${refName(r.content[k].schema)}`).join(', ')}`);
    box.append(el('p', 'responses: ' + rs.join(' · ')));
    main.append(box);
  }
}
main.append(el('h2', 'Schemas'));
for (const [name, s] of Object.entries(doc.components?.schemas ?? {})) {
  main.append(el('h3', name));
  const t = el('table');
  for (const [prop, ps] of Object.entries(s.properties ?? {})) {
    const tr = el('tr');
    tr.append(el('td', prop), el('td', refName(ps)));
    t.append(tr);
  }
  main.append(t);
}

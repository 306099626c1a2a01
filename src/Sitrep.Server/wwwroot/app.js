// The Sitrep dashboard: filters drive the map, the timeline and the table; an event opens in the panel
// with each report's article and the evidence spans behind its fields highlighted.
// Article text only ever enters the page as text nodes (textContent), never as HTML.
/* global L, uPlot, topojson */

const TYPE_COLOURS = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  'Protests': '#2ca02c',
  'Riots': '#8c564b',
  'Strategic developments': '#1f77b4',
};
const colour = t => TYPE_COLOURS[t] ?? '#7f7f7f';
const PAGE = 10000;

const $ = id => document.getElementById(id);
const el = (tag, text, attrs = {}) => {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

async function getJson(url, options) {
  const r = await fetch(url, options);
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new Error(body?.detail ?? body?.title ?? `${r.status} ${r.statusText}`);
  return body;
}

// ---- filters ----
function filterQuery() {
  const q = new URLSearchParams();
  for (const name of ['country', 'type', 'since', 'until', 'actor']) {
    const v = $('f-' + name).value.trim();
    if (v) q.set(name, v);
  }
  return q;
}

async function loadFacets() {
  const f = await getJson('/api/facets');
  const fill = (select, items) => {
    for (const { value, count } of items) select.append(el('option', `${value} (${count})`, { value }));
  };
  fill($('f-country'), f.countries);
  fill($('f-type'), f.types);
  for (const name of f.fields) $('rv-field').append(el('option', name, { value: name }));
  $('rv-field').value = 'fatalities';
}

// ---- map ----
const map = L.map('map', { worldCopyJump: true, minZoom: 1 }).setView([10, 20], 2);
map.attributionControl.addAttribution('Basemap: Natural Earth via world-atlas (public domain)');
const eventLayer = L.layerGroup().addTo(map);

async function loadBasemap() {
  const topo = await getJson('/vendor/world-atlas/countries-110m.json');
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    style: { color: '#8a8a80', weight: 0.6, fillColor: '#f1efe6', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
}

function drawMap(events) {
  eventLayer.clearLayers();
  const pts = [];
  for (const e of events) {
    if (e.latitude == null || e.longitude == null) continue;
    const m = L.circleMarker([e.latitude, e.longitude], {
      radius: 4 + 2.5 * Math.sqrt(e.fatalities), color: colour(e.event_type), weight: 1,
      fillColor: colour(e.event_type), fillOpacity: 0.55, className: `event-marker event-${e.id}`,
    });
    // An element, not a string: Leaflet would parse a string as HTML, and these fields can be typed in by hand.
    m.bindTooltip(el('span', `${e.event_date || 'date unknown'} · ${e.sub_event_type || e.event_type} · ${e.location || e.country} · ${e.fatalities} killed`));
    m.on('click', () => openEvent(e.id));
    m.addTo(eventLayer);
    pts.push([e.latitude, e.longitude]);
  }
  if (pts.length > 0) map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 7 });
}

function drawLegend() {
  const lg = $('legend');
  for (const [t, c] of Object.entries(TYPE_COLOURS)) {
    const s = el('span', t);
    s.style.setProperty('--c', c);
    lg.append(s);
  }
  lg.append(el('span', 'circle area ~ fatalities'));
}

// ---- timeline ----
let plot = null;
function drawTimeline(events) {
  const perDay = new Map();
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.event_date)) continue;
    const d = perDay.get(e.event_date) ?? { n: 0, killed: 0 };
    d.n += 1; d.killed += e.fatalities;
    perDay.set(e.event_date, d);
  }
  const days = [...perDay.keys()].sort();
  const xs = days.map(d => Date.parse(d + 'T00:00:00Z') / 1000);
  const data = [xs, days.map(d => perDay.get(d).n), days.map(d => perDay.get(d).killed)];
  const box = $('timeline');
  const opts = {
    width: Math.max(300, box.clientWidth), height: 200,
    title: 'Events and fatalities per day (drag to filter dates)',
    scales: { x: { time: true }, n: {}, k: {} },
    series: [
      {},
      { label: 'events', scale: 'n', stroke: '#23313f', fill: 'rgba(35,49,63,0.25)', paths: uPlot.paths.bars({ size: [0.6, 12, 3] }), points: { show: false } },
      { label: 'fatalities', scale: 'k', stroke: '#d62728', width: 1.5, points: { show: true, size: 5 } },
    ],
    axes: [{}, { scale: 'n', label: 'events' }, { scale: 'k', side: 1, label: 'fatalities', grid: { show: false } }],
    hooks: {
      setSelect: [u => {
        if (u.select.width < 3) return;
        const from = u.posToVal(u.select.left, 'x'), to = u.posToVal(u.select.left + u.select.width, 'x');
        $('f-since').value = new Date(from * 1000).toISOString().slice(0, 10);
        $('f-until').value = new Date(to * 1000).toISOString().slice(0, 10);
        refresh();
      }],
    },
  };
  if (plot) plot.destroy();
  box.replaceChildren();
  if (xs.length === 0) { box.append(el('p', 'No dated events to plot.', { class: 'hint' })); plot = null; return; }
  plot = new uPlot(opts, data, box);
}

// ---- table and export ----
let current = [];
function drawTable(page) {
  const tbody = document.querySelector('#events tbody');
  tbody.replaceChildren();
  for (const e of page.events) {
    const tr = el('tr', null, { 'data-id': e.id });
    if (e.review === 'reject') tr.classList.add('rejected');
    for (const v of [e.id, e.event_date, e.sub_event_type || e.event_type, e.actor1, e.actor2, e.location, e.country, e.fatalities, e.review ?? ''])
      tr.append(el('td', v));
    tr.addEventListener('click', () => openEvent(e.id));
    tbody.append(tr);
  }
  $('count').textContent = page.total > page.events.length
    ? `${page.total} events; the first ${page.events.length} are shown`
    : `${page.total} event${page.total === 1 ? '' : 's'}`;
  const q = filterQuery();
  $('export-csv').href = '/api/events?' + new URLSearchParams([...q, ['format', 'csv']]);
  $('export-geojson').href = '/api/events?' + new URLSearchParams([...q, ['format', 'geojson'], ['limit', String(PAGE)]]);
}

let refreshSeq = 0;
async function refresh() {
  const seq = ++refreshSeq;
  const q = filterQuery();
  q.set('limit', String(PAGE));
  try {
    const page = await getJson('/api/events?' + q);
    if (seq !== refreshSeq) return; // a newer filter won
    current = page.events;
    drawMap(current);
    drawTimeline(current);
    drawTable(page);
    document.body.dataset.loaded = String(seq);
  } catch (err) {
    $('count').textContent = 'Could not load events: ' + err.message;
  }
}

// ---- event panel ----
let openId = null;

/** The article's text as text nodes, with <mark> around every evidence span (overlaps merged, fields in the title). */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  const ok = spans.filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const div = el('div', null, { class: 'article' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const fields = [...new Set(ok.filter(s => s.start <= a && s.end >= b).map(s => s.field))];
    if (fields.length === 0) { div.append(document.createTextNode(piece)); continue; }
    const m = el('mark', piece, { title: fields.join(', '), 'data-fields': fields.join(' ') });
    div.append(m);
  }
  return div;
}

function focusField(field) {
  const marks = [...document.querySelectorAll('#ev-reports mark')].filter(m => m.dataset.fields.split(' ').includes(field));
  document.querySelectorAll('#ev-reports mark.focus').forEach(m => m.classList.remove('focus'));
  marks.forEach(m => m.classList.add('focus'));
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

const SHOWN = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'interaction',
  'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'fatalities', 'fatalities_low', 'fatalities_high', 'wounded'];

async function openEvent(id) {
  openId = id;
  history.replaceState(null, '', `#event=${id}`);
  document.querySelectorAll('#events tbody tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.id === String(id)));
  let d;
  try { d = await getJson(`/api/events/${id}`); } catch (err) { $('panel-hint').textContent = err.message; return; }
  if (openId !== id) return;
  await renderEvent(d);
}

async function renderEvent(d) {
  const e = d.event;
  $('panel-hint').hidden = true;
  $('event').hidden = false;
  $('event').dataset.id = d.id;
  $('ev-title').textContent = `Event ${d.id}: ${e.sub_event_type || e.event_type || 'unclassified'}${d.review ? ` [${d.review}]` : ''}`;
  $('ev-sub').textContent = `${e.event_date || 'date unknown'} · ${[e.location, e.admin1, e.country].filter(Boolean).join(', ')} · ${e.fatalities} killed · ${d.reports.length} report(s)`;

  const corrected = new Set(d.corrections.filter(c => c.action === 'correct').map(c => c.field));
  const tbody = document.querySelector('#ev-fields tbody');
  tbody.replaceChildren();
  for (const f of SHOWN) {
    const v = e[f];
    const ev = e.evidence?.[f] ?? [];
    if ((v === '' || v == null) && ev.length === 0 && !corrected.has(f)) continue;
    const tr = el('tr', null, { 'data-field': f });
    if (corrected.has(f)) tr.classList.add('corrected');
    tr.append(el('td', f), el('td', v ?? ''));
    const td = el('td');
    if (ev.length > 0) {
      const b = el('button', `${ev.length} span${ev.length > 1 ? 's' : ''}`, { type: 'button', title: ev.map(x => x.text).join(' | ') });
      b.addEventListener('click', () => focusField(f));
      td.append(b);
    }
    tr.addEventListener('dblclick', () => { $('rv-field').value = f; $('rv-value').value = v ?? ''; $('rv-value').focus(); });
    tr.append(td);
    tbody.append(tr);
  }

  const trail = $('ev-trail');
  trail.replaceChildren();
  for (const c of d.corrections)
    trail.append(el('li', c.action === 'correct'
      ? `${c.at} ${c.who} corrected ${c.field}: '${c.before}' → '${c.after}'`
      : `${c.at} ${c.who} ${c.action === 'confirm' ? 'confirmed' : 'rejected'} the event`));
  if (d.corrections.length === 0) trail.append(el('li', 'not reviewed yet', { class: 'hint' }));

  const box = $('ev-reports');
  box.replaceChildren();
  for (const r of d.reports) {
    box.append(el('p', `article ${r.article} · ${r.source ?? ''} ${r.published ?? ''} ${r.title ?? ''} · ${r.match}`, { class: 'report-head' }));
    let a;
    try { a = await getJson(`/api/articles/${encodeURIComponent(r.article)}`); } catch (err) { box.append(el('p', err.message)); continue; }
    const spans = [];
    for (const [field, list] of Object.entries(r.record.evidence ?? {}))
      for (const s of list) if (!s.article || s.article === r.article) spans.push({ field, start: s.start, end: s.end });
    box.append(highlighted(a.text, spans));
  }
}

async function review(action) {
  if (openId == null) return;
  const msg = $('rv-message');
  msg.className = ''; msg.textContent = '';
  const body = { action, who: $('rv-who').value.trim() };
  if (action === 'correct') { body.field = $('rv-field').value; body.value = $('rv-value').value; }
  try {
    const r = await getJson(`/api/events/${openId}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await renderEvent(r.event);
    msg.textContent = action === 'correct' ? `${body.field} corrected: '${r.correction.before}' → '${r.correction.after}'` : `event ${action === 'confirm' ? 'confirmed' : 'rejected'}`;
    await refresh();
// A link to an event (#event=ID) opens it.
const linked = /^#event=(\d+)$/.exec(location.hash);
if (linked) await openEvent(Number(linked[1]));
  } catch (err) {
    msg.className = 'error';
    msg.textContent = err.message;
  }
}

// ---- wiring ----
$('filters').addEventListener('change', refresh);
let actorTimer = 0;
$('f-actor').addEventListener('input', () => { clearTimeout(actorTimer); actorTimer = setTimeout(refresh, 300); });
$('filters').addEventListener('submit', ev => { ev.preventDefault(); refresh(); });
$('filters').addEventListener('reset', () => setTimeout(refresh, 0));
$('rv-correct').addEventListener('click', () => review('correct'));
$('rv-confirm').addEventListener('click', () => review('confirm'));
$('rv-reject').addEventListener('click', () => review('reject'));
window.addEventListener('resize', () => plot?.setSize({ width: Math.max(300, $('timeline').clientWidth), height: 200 }));

drawLegend();
await Promise.all([loadFacets(), loadBasemap().catch(err => console.warn('basemap:', err))]);
await refresh();
// A link to an event (#event=ID) opens it.
const linked = /^#event=(\d+)$/.exec(location.hash);
if (linked) await openEvent(Number(linked[1]));

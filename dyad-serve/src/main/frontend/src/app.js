// The page of `dyad serve`: a filter bar, a timeline of events grouped by dyad, actor or story, a chart
// of cooperation against conflict over time, an event table, and an event's sentences with the trigger
// and the actors marked. Everything comes from the JSON API under api/ (see api/openapi.json).
// Text from articles is only ever inserted as text, never as HTML.

import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './style.css';
import { DataSet, Timeline } from 'vis-timeline/standalone';
import Chart from 'chart.js/auto';

const FILTERS = ['actor', 'dyad', 'place', 'type', 'from', 'to', 'modality'];
const VIEW = ['group', 'interval', 'sort', 'offset', 'event'];
const PAGE = 25;
const QUADS = {
  1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

const $ = (sel) => document.querySelector(sel);
const form = $('#filters');

let state = readUrl();
let generation = 0;
let timeline = null;
let timelineItems = null;
let timelineGroups = null;
let chart = null;
let health = null;

// ---- the API ------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(message, status, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

async function api(path, options) {
  let res;
  try {
    res = await fetch(path, options);
  } catch (e) {
    throw new ApiError('The server cannot be reached. Is dyad serve still running?', 0, null);
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    const message = body && body.error ? body.error : `${res.status} ${res.statusText}`;
    throw new ApiError(message, res.status, body && body.parameter);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

function filterParams() {
  const p = {};
  for (const k of FILTERS) p[k] = state[k];
  return p;
}

// ---- state in the address bar -------------------------------------------------------------------

function readUrl() {
  const q = new URLSearchParams(location.search);
  const s = { group: 'dyad', interval: 'auto', sort: 'date', offset: 0, event: '' };
  for (const k of FILTERS) s[k] = (q.get(k) || '').trim();
  for (const k of VIEW) if (q.get(k)) s[k] = q.get(k);
  s.offset = Math.max(0, parseInt(s.offset, 10) || 0);
  return s;
}

function writeUrl(push) {
  const p = {};
  for (const k of FILTERS) p[k] = state[k];
  if (state.group !== 'dyad') p.group = state.group;
  if (state.interval !== 'auto') p.interval = state.interval;
  if (state.sort !== 'date') p.sort = state.sort;
  if (state.offset) p.offset = state.offset;
  if (state.event) p.event = state.event;
  const url = location.pathname + query(p);
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function stateToForm() {
  for (const k of FILTERS.concat(['group', 'interval'])) {
    const el = form.elements[k];
    if (el) el.value = state[k] || (k === 'group' ? 'dyad' : k === 'interval' ? 'auto' : '');
  }
}

function formToState() {
  for (const k of FILTERS.concat(['group', 'interval'])) {
    const el = form.elements[k];
    if (el) state[k] = el.value.trim();
  }
}

// ---- messages and states ------------------------------------------------------------------------

function showError(err) {
  $('#error-text').textContent = err.message;
  $('#error').hidden = false;
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  if (err.parameter && form.elements[err.parameter]) {
    form.elements[err.parameter].setAttribute('aria-invalid', 'true');
  }
}

function clearError() {
  $('#error').hidden = true;
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/** What a panel says when its request failed: a bad filter is explained once, in the banner. */
function failure(what, e) {
  return e.status === 400 ? `Nothing to show: fix the filter (${e.parameter || 'see above'}).`
    : `Could not load ${what}: ${e.message}`;
}

function setState(el, text, kind) {
  el.textContent = text || '';
  el.hidden = !text;
  el.className = `state${kind ? ` ${kind}` : ''}`;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function actorLabel(a) {
  if (!a) return '–';
  return a.entity && a.entity !== a.country ? `${a.code} (${a.entity})` : a.code;
}

// a CAMEO 01 statement has no PLOVER type ("event": null): its CAMEO code names it
function eventLabel(e) {
  if (!e.event) return `statement ${e.cameo}`;
  return e.mode ? `${e.event}/${e.mode}` : e.event;
}

function truncate(s, n) {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

// ---- loading everything -------------------------------------------------------------------------

async function refresh(withDetail) {
  const gen = ++generation;
  clearError();
  writeUrl(false);
  const results = await Promise.allSettled([loadTable(gen), loadTimeline(gen), loadChart(gen)]);
  if (gen !== generation) return;
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) showError(failed.reason);
  if (withDetail && state.event) openEvent(state.event, false);
}

async function loadHealth() {
  try {
    health = await api('api/health');
    $('#summary').textContent = `${health.asserted_events.toLocaleString()} asserted events `
      + `(${health.events.toLocaleString()} in all) from ${health.articles.toLocaleString()} articles`;
    $('#open-ingest').hidden = !health.ingest;
  } catch (e) {
    $('#summary').textContent = 'Store unavailable';
    showError(e);
  }
}

async function loadActors() {
  try {
    const r = await api('api/actors?limit=300');
    const list = $('#actor-list');
    list.replaceChildren(...r.actors.map((a) => el('option', {
      value: a.code,
      label: `${a.code}${a.entities.length ? ` — ${a.entities.slice(0, 2).join(', ')}` : ''} (${a.events})`,
    })));
  } catch (e) {
    // suggestions are a convenience: the filter works without them
  }
}

// ---- the table ----------------------------------------------------------------------------------

async function loadTable(gen) {
  const tbody = $('#events tbody');
  const stateEl = $('#table-state');
  setState(stateEl, 'Loading events…', 'loading');
  tbody.closest('table').classList.add('busy');
  let r;
  try {
    r = await api(`api/events${query({ ...filterParams(), sort: state.sort, limit: PAGE, offset: state.offset })}`);
  } catch (e) {
    if (gen !== generation) return;
    tbody.replaceChildren();
    tbody.closest('table').classList.remove('busy');
    setState(stateEl, failure('events', e), 'failed');
    $('#page-info').textContent = '';
    $('#table-note').textContent = '';
    $('.pager').hidden = true;
    $('#prev').disabled = true;
    $('#next').disabled = true;
    throw e;
  }
  if (gen !== generation) return;
  tbody.closest('table').classList.remove('busy');
  tbody.replaceChildren(...r.events.map(row));
  markSelected();
  for (const b of document.querySelectorAll('button.sort')) {
    const key = b.dataset.sort;
    b.classList.toggle('asc', state.sort === key);
    b.classList.toggle('desc', state.sort === `-${key}`);
    b.setAttribute('aria-sort', state.sort === key ? 'ascending' : state.sort === `-${key}` ? 'descending' : 'none');
  }
  if (r.total === 0) {
    setState(stateEl, anyFilter()
      ? 'No events match these filters. Widen the dates, clear a filter or choose modality "all".'
      : 'The store holds no events yet. Run `dyad run INPUT...` or add an article.', 'empty');
  } else if (r.events.length === 0) {
    setState(stateEl, 'No events on this page.', 'empty');
  } else {
    setState(stateEl, '');
  }
  const first = r.total === 0 ? 0 : r.offset + 1;
  const last = r.offset + r.events.length;
  $('#page-info').textContent = r.total === 0 ? '' : `${first}–${last} of ${r.total.toLocaleString()}`;
  $('#table-note').textContent = r.total ? `${r.total.toLocaleString()} events` : '';
  $('#prev').disabled = r.offset === 0;
  $('#next').disabled = last >= r.total;
  $('.pager').hidden = r.total === 0;
}

function anyFilter() {
  return FILTERS.some((k) => state[k]);
}

function row(e) {
  const sentence = e.mentions && e.mentions.length ? e.mentions[0].text : '';
  const date = e.date ? e.date : 'unknown';
  const tr = el('tr', { 'data-id': e.id, tabindex: '0', class: `q${e.quad_class}` },
    el('td', { class: 'nowrap' }, date,
      e.date_precision && e.date_precision !== 'day' && e.date ? el('span', { class: 'prec', text: ` ${e.date_precision}` }) : null),
    el('td', { class: 'nowrap' }, el('span', { class: `chip q${e.quad_class}`, text: eventLabel(e) }),
      e.modality !== 'asserted' ? el('span', { class: 'modality', text: e.modality }) : null),
    el('td', { text: e.cameo || '' }),
    el('td', { text: (e.actor || []).map(actorLabel).join(', ') || '–' }),
    el('td', { text: (e.recipient || []).map(actorLabel).join(', ') || '–' }),
    el('td', { class: `num ${e.goldstein < 0 ? 'neg' : 'pos'}`, text: e.goldstein.toFixed(1) }),
    el('td', {
      class: 'num',
      text: String(e.counts ? e.counts.mentions : (e.mentions || []).length),
      title: e.counts ? `${plural(e.counts.mentions, 'mention')} in ${plural(e.counts.articles, 'article')} from `
        + `${plural(e.counts.sources, 'source')}` : '',
    }),
    el('td', { class: 'sentence', text: truncate(sentence.replace(/\s+/g, ' '), 160), title: sentence }));
  tr.addEventListener('click', () => openEvent(e.id, true));
  tr.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      openEvent(e.id, true);
    }
  });
  return tr;
}

function markSelected() {
  for (const tr of document.querySelectorAll('#events tbody tr')) {
    tr.classList.toggle('selected', tr.dataset.id === state.event);
  }
}

// ---- the timeline -------------------------------------------------------------------------------

async function loadTimeline(gen) {
  const box = $('#timeline');
  const stateEl = $('#timeline-state');
  setState(stateEl, 'Loading the timeline…', 'loading');
  let r;
  try {
    r = await api(`api/timeline${query({ ...filterParams(), group: state.group, limit: 2000 })}`);
  } catch (e) {
    if (gen !== generation) return;
    box.hidden = true;
    setState(stateEl, failure('the timeline', e), 'failed');
    $('#timeline-note').textContent = '';
    throw e;
  }
  if (gen !== generation) return;
  const count = r.groups.reduce((n, g) => n + g.events.length, 0);
  $('#timeline-title').textContent = `Timeline by ${r.group}`;
  if (r.groups.length === 0) {
    box.hidden = true;
    setState(stateEl, r.group === 'story'
      ? 'No dated events of a story match these filters. Stories are made when articles are stored with `dyad run`.'
      : 'No dated events match these filters.', 'empty');
    $('#timeline-note').textContent = '';
    return;
  }
  setState(stateEl, '');
  $('#timeline-note').textContent = r.truncated
    ? `showing the first ${count.toLocaleString()} of ${r.total.toLocaleString()} events`
    : `${plural(r.total, 'dated event')} in ${r.group === 'story'
      ? `${r.groups.length.toLocaleString()} ${r.groups.length === 1 ? 'story' : 'stories'}`
      : plural(r.groups.length, r.group === 'dyad' ? 'dyad' : 'actor')}`;
  box.hidden = false;
  const groups = r.groups.map((g, i) => ({
    id: g.key, content: escapeHtml(truncate(g.label || '(none)', 60)), order: i,
    title: escapeHtml(`${g.label || ''} (${g.events.length} events)`),
  }));
  const items = [];
  for (const g of r.groups) {
    for (const e of g.events) {
      items.push({
        id: `${g.key}|${e.id}`,
        eventId: e.id,
        group: g.key,
        start: e.date,
        type: 'point',
        content: escapeHtml(eventLabel(e)),
        title: escapeHtml(`${e.date} ${eventLabel(e)} (${e.cameo}) ${e.actor || ''} → ${e.recipient || ''}`
          + `${e.mentions > 1 ? ` [${e.mentions} mentions]` : ''}: ${truncate(e.sentence || '', 200)}`),
        className: `q${e.quad_class}`,
      });
    }
  }
  if (!timeline) {
    timelineItems = new DataSet(items);
    timelineGroups = new DataSet(groups);
    timeline = new Timeline(box, timelineItems, timelineGroups, {
      stack: true,
      maxHeight: 340,
      minHeight: 120,
      orientation: 'top',
      groupOrder: 'order',
      selectable: true,
      zoomKey: 'ctrlKey',
      margin: { item: { horizontal: 2, vertical: 4 } },
      tooltip: { followMouse: true, overflowMethod: 'cap' },
    });
    timeline.on('select', (props) => {
      if (props.items.length) {
        const item = timelineItems.get(props.items[0]);
        if (item) openEvent(item.eventId, true);
      }
    });
  } else {
    timeline.setItems(new DataSet([]));
    timelineGroups.clear();
    timelineGroups.add(groups);
    timelineItems = new DataSet(items);
    timeline.setItems(timelineItems);
  }
  const times = items.map((i) => Date.parse(i.start)).filter((t) => !Number.isNaN(t));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(2 * 86400000, (max - min) * 0.06);
  timeline.setWindow(new Date(min - pad), new Date(max + pad), { animation: false });
}

function plural(n, word) {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

// ---- the dyad chart -----------------------------------------------------------------------------

const PERIOD_LABEL = {
  day: (p) => p,
  week: (p) => `week of ${p}`,
  month: (p) => p.slice(0, 7),
};

async function loadChart(gen) {
  const canvas = $('#chart');
  const stateEl = $('#chart-state');
  setState(stateEl, 'Loading the series…', 'loading');
  const dyad = state.dyad ? state.dyad.toUpperCase().replace(':', ' → ') : '';
  $('#chart-title').textContent = dyad ? `Cooperation and conflict: ${dyad}` : 'Cooperation and conflict';
  $('#chart-note').textContent = '';
  let r;
  try {
    r = await api(`api/series${query({ ...filterParams(), interval: state.interval })}`);
  } catch (e) {
    if (gen !== generation) return;
    canvas.parentElement.hidden = true;
    setState(stateEl, failure('the series', e), 'failed');
    throw e;
  }
  if (gen !== generation) return;
  if (r.points.length === 0) {
    canvas.parentElement.hidden = true;
    setState(stateEl, 'No dated events to chart for these filters.', 'empty');
    return;
  }
  setState(stateEl, '');
  const per = `per ${r.interval}${state.interval === 'auto' ? ' (auto)' : ''}`;
  $('#chart-note').textContent = dyad ? `events ${per}`
    : `all events matching the filters, ${per}; set a dyad to compare a pair`;
  canvas.parentElement.hidden = false;
  const labels = r.points.map((p) => PERIOD_LABEL[r.interval](p.period));
  const data = {
    labels,
    datasets: [
      {
        type: 'bar', label: 'Cooperation (quad 1–2)', data: r.points.map((p) => p.cooperation),
        backgroundColor: 'rgba(37, 99, 235, 0.75)', stack: 'events', yAxisID: 'y', maxBarThickness: 40,
      },
      {
        type: 'bar', label: 'Conflict (quad 3–4)', data: r.points.map((p) => -p.conflict),
        backgroundColor: 'rgba(220, 38, 38, 0.75)', stack: 'events', yAxisID: 'y', maxBarThickness: 40,
      },
      {
        type: 'line', label: 'Mean Goldstein', data: r.points.map((p) => p.goldstein_mean),
        borderColor: '#111827', backgroundColor: '#111827', yAxisID: 'goldstein', spanGaps: false,
        pointRadius: 3, borderWidth: 2, tension: 0,
      },
    ],
  };
  const points = r.points;
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
      y: {
        stacked: true,
        title: { display: true, text: 'events (conflict below zero)' },
        ticks: { precision: 0, callback: (v) => Math.abs(v) },
      },
      goldstein: {
        position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false },
        title: { display: true, text: 'mean Goldstein' },
      },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (ctx) => {
            const p = points[ctx.dataIndex];
            if (ctx.dataset.yAxisID === 'goldstein') {
              return p.goldstein_mean === null ? 'Mean Goldstein: –' : `Mean Goldstein: ${p.goldstein_mean}`;
            }
            return ctx.datasetIndex === 0
              ? `Cooperation: ${p.cooperation} (verbal ${p.verbal_cooperation}, material ${p.material_cooperation})`
              : `Conflict: ${p.conflict} (verbal ${p.verbal_conflict}, material ${p.material_conflict})`;
          },
        },
      },
    },
  };
  if (chart) {
    chart.data = data;
    chart.options = options;
    chart.update();
  } else {
    chart = new Chart(canvas, { data, options });
  }
}

// ---- an event's detail --------------------------------------------------------------------------

let detailRequest = 0;

async function openEvent(id, push) {
  const req = ++detailRequest;
  state.event = id;
  markSelected();
  if (push) writeUrl(true);
  const detail = $('#detail');
  detail.classList.add('open');
  detail.replaceChildren(el('h2', { text: 'Event' }), el('p', { class: 'state loading', text: 'Loading the event…' }));
  let e;
  try {
    e = await api(`api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    if (req !== detailRequest) return;
    detail.replaceChildren(el('h2', { text: 'Event' }), el('p', {
      class: 'state failed',
      text: err.status === 404 ? `Event ${id} is not in the store (any more).` : `Could not load the event: ${err.message}`,
    }));
    return;
  }
  if (req !== detailRequest) return;
  renderDetail(e);
  if (push && window.matchMedia('(max-width: 1100px)').matches) detail.scrollIntoView({ behavior: 'smooth' });
}

// "Kharkiv, UKR (city) · 49.99, 36.23": the place its clause names, or a note that the text does not say.
function place(l) {
  if (!l) return [el('span', { class: 'note', text: 'not stated' })];
  const where = l.precision === 'country' ? `${l.name} (country)` : `${l.name}, ${l.country} (${l.precision})`;
  const at = l.lat == null ? null : el('span', { class: 'note', text: ` · ${l.lat.toFixed(2)}, ${l.lon.toFixed(2)}` });
  return [where, at].filter((x) => x !== null);
}

function renderDetail(e) {
  const detail = $('#detail');
  const src = e.actor && e.actor[0];
  const tgt = e.recipient && e.recipient[0];
  const facts = el('dl', { class: 'facts' },
    el('dt', { text: 'Date' }), el('dd', {}, e.date || 'unknown',
      el('span', { class: 'note', text: ` ${e.date_precision}, from ${e.date_basis}` })),
    el('dt', { text: 'CAMEO' }), el('dd', { text: `${e.cameo} · ${QUADS[e.quad_class] || ''}` }),
    el('dt', { text: 'Goldstein' }), el('dd', { class: e.goldstein < 0 ? 'neg' : 'pos', text: e.goldstein.toFixed(1) }),
    el('dt', { text: 'Modality' }), el('dd', { text: e.modality }),
    el('dt', { text: 'Actor' }), el('dd', {}, ...sideList(e.actor, 'actor')),
    el('dt', { text: 'Recipient' }), el('dd', {}, ...sideList(e.recipient, 'recipient')),
    el('dt', { text: 'Where' }), el('dd', { class: 'location' }, ...place(e.location)));
  const mentions = el('ol', { class: 'mentions' }, ...(e.mentions || []).map(mention));
  const actions = el('div', { class: 'buttons' });
  if (src && tgt) {
    const key = `${src.country || src.code}:${tgt.country || tgt.code}`;
    const b = el('button', { type: 'button', class: 'secondary', text: `Show dyad ${key}` });
    b.addEventListener('click', () => {
      state.dyad = key;
      state.offset = 0;
      stateToForm();
      writeUrl(true);
      refresh();
    });
    actions.append(b);
  }
  const close = el('button', { type: 'button', class: 'secondary', text: 'Close' });
  close.addEventListener('click', () => {
    state.event = '';
    markSelected();
    writeUrl(true);
    $('#detail').replaceChildren(el('h2', { text: 'Event' }),
      el('p', { class: 'state', text: 'Click an event in the table or on the timeline to see its sentences.' }));
  });
  actions.append(close);
  detail.replaceChildren(
    el('h2', {}, el('span', { class: `chip q${e.quad_class}`, text: eventLabel(e) }), ' ',
      el('span', { class: 'dyad', text: `${src ? src.code : '–'} → ${tgt ? tgt.code : '–'}` })),
    facts,
    el('h3', { text: `Reported in ${(e.mentions || []).length} sentence${(e.mentions || []).length === 1 ? '' : 's'}` }),
    el('p', { class: 'legend' },
      el('mark', { class: 'hl hl-actor', text: 'actor' }), ' ',
      el('mark', { class: 'hl hl-trigger', text: 'trigger' }), ' ',
      el('mark', { class: 'hl hl-recipient', text: 'recipient' }), ' ',
      el('mark', { class: 'hl hl-speaker', text: 'speaker' })),
    mentions,
    actions,
    el('p', { class: 'note id', text: e.id }));
}

function sideList(actors, kind) {
  if (!actors || actors.length === 0) return ['–'];
  return actors.map((a, i) => el('span', { class: `side ${kind}` }, i ? ', ' : '',
    el('strong', { text: a.code }), a.entity ? ` ${a.entity}` : '', a.text && a.text !== a.entity ? el('span', { class: 'note', text: ` “${a.text}”` }) : null));
}

function mention(m) {
  const sentence = el('blockquote', { class: 'sentence' }, ...highlighted(m.text || '', m.highlights || []));
  const url = m.url && safeUrl(m.url);
  const title = m.title || m.doc;
  const source = el('p', { class: 'source' },
    url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: title }) : el('span', { text: title }),
    m.speaker ? el('span', { class: 'note speaker', text: ` · according to ${m.speaker.text}`
      + (m.speaker.code ? ` (${m.speaker.code})` : '') }) : null,
    m.source ? el('span', { class: 'note', text: ` · ${m.source}` }) : null,
    m.published ? el('span', { class: 'note', text: ` · published ${m.published}` }) : null,
    el('span', { class: 'note', text: ` · sentence ${m.sentence + 1}` }));
  return el('li', {}, sentence, source);
}

/** The sentence as text nodes and <mark>s, from the server's offsets. */
function highlighted(text, highlights) {
  const out = [];
  let at = 0;
  const spans = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start);
  for (const h of spans) {
    if (h.start < at) continue;
    if (h.start > at) out.push(document.createTextNode(text.slice(at, h.start)));
    out.push(el('mark', { class: `hl hl-${h.kind}`, title: h.kind, text: text.slice(h.start, h.end) }));
    at = h.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

// ---- adding an article --------------------------------------------------------------------------

function setupIngest() {
  const dialog = $('#ingest');
  const f = $('#ingest-form');
  $('#open-ingest').addEventListener('click', () => {
    setState($('#ingest-state'), '');
    dialog.showModal();
  });
  $('#ingest-close').addEventListener('click', () => dialog.close());
  $('#ingest-file').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    const text = (await file.text()).replace(/\r\n?/g, '\n').trim();
    const nl = text.indexOf('\n');
    if (!f.elements.title.value && nl > 0) {
      f.elements.title.value = text.slice(0, nl).trim();
      f.elements.text.value = text.slice(nl + 1).trim();
    } else {
      f.elements.text.value = text;
    }
  });
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const stateEl = $('#ingest-state');
    const body = {};
    for (const k of ['title', 'text', 'url', 'source', 'published']) {
      const v = f.elements[k].value.trim();
      if (v) body[k] = v;
    }
    if (!body.text) {
      setState(stateEl, 'Paste the article text or choose a file.', 'failed');
      return;
    }
    setState(stateEl, 'Coding the article… (the first one waits for the language models to load)', 'loading');
    $('#ingest-submit').disabled = true;
    try {
      const r = await api('api/articles', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${f.elements.token.value}` },
        body: JSON.stringify(body),
      });
      const asserted = r.events.filter((e) => e.modality === 'asserted').length;
      setState(stateEl, `Article ${r.article}: ${r.outcome}, ${r.events.length} events (${asserted} asserted).`, 'done');
      f.elements.text.value = '';
      f.elements.title.value = '';
      $('#ingest-file').value = '';
      loadHealth();
      loadActors();
      refresh();
    } catch (e) {
      setState(stateEl, e.status === 401 || e.status === 403 ? `Refused: ${e.message}` : e.message, 'failed');
    } finally {
      $('#ingest-submit').disabled = false;
    }
  });
}

// ---- wiring -------------------------------------------------------------------------------------

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  formToState();
  state.offset = 0;
  writeUrl(true);
  refresh();
});

$('#reset').addEventListener('click', () => {
  for (const k of FILTERS) state[k] = '';
  state.group = 'dyad';
  state.interval = 'auto';
  state.sort = 'date';
  state.offset = 0;
  stateToForm();
  writeUrl(true);
  refresh();
});

$('#retry').addEventListener('click', () => {
  loadHealth();
  refresh();
});

for (const name of ['group', 'interval']) {
  form.elements[name].addEventListener('change', () => {
    formToState();
    writeUrl(true);
    refresh();
  });
}

for (const b of document.querySelectorAll('button.sort')) {
  b.addEventListener('click', () => {
    const key = b.dataset.sort;
    state.sort = state.sort === key ? `-${key}` : key;
    state.offset = 0;
    writeUrl(true);
    refresh();
  });
}

$('#prev').addEventListener('click', () => {
  state.offset = Math.max(0, state.offset - PAGE);
  writeUrl(true);
  refresh();
});

$('#next').addEventListener('click', () => {
  state.offset += PAGE;
  writeUrl(true);
  refresh();
});

window.addEventListener('popstate', () => {
  state = readUrl();
  stateToForm();
  refresh(true);
});

stateToForm();
setupIngest();
loadHealth();
loadActors();
refresh(true);

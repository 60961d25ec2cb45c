/* genbi's web page. The first half is pure helpers (formatting, sorting, CSV, server-sent event
 * parsing, SQL highlighting, suggestions) that tests/web/app_test.js runs under node; the second
 * half wires them to the page: asking over /v1/ask's event stream, re-running edited SQL through
 * POST /v1/sql, the result table, the chart (vega-embed, served by genbi) and the API key.
 * Plain browser JavaScript: no framework, no build step. */
(function () {
  'use strict';

  // ---- pure helpers -------------------------------------------------------------------------

  const LOCALE = 'en-US';
  const MONEY_RE = /(revenue|amount|price|cost|sales|salary|spent|spend|income|profit|usd|paid|fee)/i;
  const YEAR_RE = /(^|_)(year|yr)s?($|_)/i;
  const ID_RE = /(^id$|_id$|^id_)/i;

  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({
      '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
    })[c]);
  }

  /* How a column's values are shown: 'money', 'int', 'real', 'year', 'id' or 'text'.
   * statsType is the analysis column type ("integer", "real", "text", "date", ...) if known. */
  function columnKind(name, values, statsType) {
    let numeric = statsType === 'integer' || statsType === 'real';
    if (!statsType) {
      const present = values.filter((v) => v !== null && v !== undefined);
      numeric = present.length > 0 && present.every((v) => typeof v === 'number');
    }
    if (!numeric) return 'text';
    if (YEAR_RE.test(name)) return 'year';
    if (ID_RE.test(name)) return 'id';
    if (MONEY_RE.test(name)) return 'money';
    const allInt = values.every((v) => v === null || v === undefined || Number.isInteger(v));
    return statsType === 'real' || !allInt ? 'real' : 'int';
  }

  const fmtInt = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
  const fmtReal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
  const fmtMoney = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  /* How a column shows, from the server's analysis of it (label, format, decimals, currency,
   * scale, joins, shown_in: docs/server.md) or, without one, from its name and values. */
  function columnDisplay(name, values, stat) {
    const st = stat || {};
    const d = { label: st.label || name, kind: 'text', decimals: null, currency: st.currency || 'USD',
      scale: typeof st.scale === 'number' ? st.scale : 1,
      joins: Number.isInteger(st.joins) ? st.joins : -1,
      shownIn: Number.isInteger(st.shown_in) ? st.shown_in : -1 };
    const byFormat = { currency: 'money', percent: 'percent', id: 'id', year: 'year', date: 'text', text: 'text' };
    if (st.format === 'number') d.kind = st.decimals === 0 ? 'int' : 'real';
    else if (st.format && byFormat[st.format]) d.kind = byFormat[st.format];
    else d.kind = columnKind(name, values, st.type);
    if (Number.isInteger(st.decimals)) d.decimals = st.decimals;
    return d;
  }

  const numberFormats = new Map();
  function numberFormat(options) {
    const key = JSON.stringify(options);
    if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(LOCALE, options));
    return numberFormats.get(key);
  }

  /* A cell as the server's text output shows it: "$1,234.50", "12.5%", "2,500"; disp (from
   * columnDisplay) gives the currency and digits, else kind alone decides. */
  function formatCell(v, kind, disp) {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v !== 'number') return String(v);
    if (disp && disp.decimals !== null && disp.decimals !== undefined) {
      let x = v * (disp.scale || 1);
      if (Math.abs(x) < 0.5 * Math.pow(10, -disp.decimals)) x = 0; // never "-$0.00"
      const dec = { minimumFractionDigits: disp.decimals, maximumFractionDigits: disp.decimals };
      try {
        if (kind === 'money') return numberFormat(Object.assign({ style: 'currency', currency: disp.currency }, dec)).format(x);
      } catch (e) { /* an unknown currency code: the number alone */ }
      if (kind === 'money' || kind === 'int' || kind === 'real') return numberFormat(dec).format(x);
      if (kind === 'percent') return numberFormat(dec).format(x) + '%';
    }
    switch (kind) {
      case 'money': return fmtMoney.format(v);
      case 'int': return fmtInt.format(v);
      case 'real': return fmtReal.format(v);
      default: return String(v); // years and ids read wrong with separators
    }
  }

  /* A first name and a last name as one name; either may be missing. */
  function joinName(a, b) {
    const parts = [a, b].filter((v) => v !== null && v !== undefined && v !== '');
    return parts.length ? parts.join(' ') : null;
  }

  /* Cost in USD: small amounts keep their significant digits ($0.00031). */
  function formatCost(usd) {
    if (!usd) return '$0';
    if (usd >= 0.01) return '$' + usd.toFixed(2);
    return '$' + Number(usd.toPrecision(2)).toString();
  }

  function formatMs(ms) {
    if (ms === null || ms === undefined || !isFinite(ms)) return '';
    if (ms < 1) return ms.toFixed(2) + ' ms';
    if (ms < 1000) return ms.toFixed(ms < 10 ? 1 : 0) + ' ms';
    return (ms / 1000).toFixed(2) + ' s';
  }

  /* NULLs last whatever the direction; numbers by value; text in natural order. */
  function compareValues(a, b) {
    const an = a === null || a === undefined, bn = b === null || b === undefined;
    if (an || bn) return an === bn ? 0 : an ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), LOCALE, { numeric: true, sensitivity: 'base' });
  }

  function sortRows(rows, col, dir) {
    const sign = dir === 'desc' ? -1 : 1;
    return rows
      .map((r, i) => [r, i])
      .sort((x, y) => {
        const a = x[0][col], b = y[0][col];
        const nullish = (v) => v === null || v === undefined;
        if (nullish(a) || nullish(b)) return compareValues(a, b) || x[1] - y[1];
        return sign * compareValues(a, b) || x[1] - y[1];
      })
      .map((p) => p[0]);
  }

  /* RFC 4180 CSV with CRLF line ends. A text cell that a spreadsheet would run as a formula
   * (=, +, -, @ first) gets a leading apostrophe. */
  function csvField(v) {
    if (v === null || v === undefined) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function toCSV(columns, rows) {
    const lines = [columns.map(csvField).join(',')];
    for (const r of rows) lines.push(r.map(csvField).join(','));
    return lines.join('\r\n') + '\r\n';
  }

  /* Splits server-sent event text into complete events and the unfinished rest. */
  function parseSSE(text) {
    const events = [];
    const norm = text.replace(/\r\n?/g, '\n');
    const blocks = norm.split('\n\n');
    const rest = blocks.pop();
    for (const block of blocks) {
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (!line || line[0] === ':') continue;
        const i = line.indexOf(':');
        const field = i < 0 ? line : line.slice(0, i);
        let value = i < 0 ? '' : line.slice(i + 1);
        if (value[0] === ' ') value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length) events.push({ event, data: data.join('\n') });
    }
    return { events, rest };
  }

  const SQL_KEYWORDS = new Set(('select from where group by order having limit offset join inner ' +
    'left right full outer cross on as and or not in is null like ilike between case when then ' +
    'else end distinct union all intersect except with asc desc exists cast over partition ' +
    'fetch first rows only true false interval filter recursive values using natural').split(' '));

  /* SQL as HTML with spans for keywords, strings, numbers, comments and function names. */
  function highlightSQL(sql) {
    const re = /(--[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|('(?:[^']|'')*'?)|("(?:[^"]|"")*"?|`[^`]*`?)|(\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)(\s*\()?|([\s\S])/gi;
    let out = '', m;
    while ((m = re.exec(sql)) !== null) {
      if (m[1]) out += '<span class="com">' + escapeHTML(m[1]) + '</span>';
      else if (m[2]) out += '<span class="str">' + escapeHTML(m[2]) + '</span>';
      else if (m[3]) out += escapeHTML(m[3]);
      else if (m[4]) out += '<span class="num">' + m[4] + '</span>';
      else if (m[5]) {
        const word = escapeHTML(m[5]);
        if (SQL_KEYWORDS.has(m[5].toLowerCase())) out += '<span class="kw">' + word + '</span>';
        else if (m[6]) out += '<span class="fn">' + word + '</span>';
        else out += word;
        if (m[6]) out += escapeHTML(m[6]);
      } else out += escapeHTML(m[7]);
    }
    return out;
  }

  const NOT_A_DIMENSION = /(name|email|phone|description|address|company|comment|note|url|title_full)/i;

  /* Questions the built-in parser answers, made from the schema (GET /v1/schema): counts of the
   * largest tables, counts by a categorical text column, averages of a number by one. */
  function suggestionsFromSchema(schema, max) {
    const out = [];
    const tables = (schema && schema.tables ? schema.tables.slice() : [])
      .filter((t) => (t.row_count || 0) > 0)
      .sort((a, b) => (b.row_count || 0) - (a.row_count || 0));
    const human = (s) => s.replace(/_/g, ' ');
    for (const t of tables.slice(0, 3)) out.push('How many ' + human(t.name) + ' are there?');
    for (const t of tables) {
      const cols = t.columns || [];
      const dims = cols.filter((c) => c.kind === 'text' && !c.pk && !NOT_A_DIMENSION.test(c.name));
      const nums = cols.filter((c) => c.kind === 'real' && !c.pk);
      if (dims[0]) out.push('Number of ' + human(t.name) + ' by ' + human(dims[0].name));
      if (dims[0] && nums[0]) out.push('Average ' + human(nums[0].name) + ' by ' + human(dims[0].name));
    }
    return [...new Set(out)].slice(0, max || 6);
  }

  /* Most recent first, without repeats, at most max. */
  function addRecent(list, q, max) {
    const t = q.trim();
    if (!t) return list.slice(0, max);
    return [t, ...list.filter((x) => x !== t)].slice(0, max);
  }

  function readLocation(search) {
    const p = new URLSearchParams(search || '');
    return { q: p.get('q') || '', db: p.get('db') || '' };
  }

  function shareURL(path, q, db) {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (db) p.set('db', db);
    const s = p.toString();
    return path + (s ? '?' + s : '');
  }

  const STEP_LABELS = {
    schema_selected: 'Tables chosen', sql_generated: 'SQL written', executed: 'Executed',
    repaired: 'Repaired', escalated: 'Escalated', done: 'Done', supervisor: 'Checked'
  };

  /* The text of one streamed step: label, tier and the pipeline's own outcome. */
  function describeStep(event, step) {
    const label = STEP_LABELS[event] || event;
    const tier = step.tier === 0 ? 'rules' : 'tier ' + step.tier;
    return { label, tier, outcome: step.outcome || '', ms: formatMs(step.ms) };
  }

  /* A message for an HTTP error from the API ({"error": {"code", "message"}}). */
  function errorMessage(status, body, retryAfter) {
    const e = (body && body.error) || {};
    if (status === 429) {
      return 'Too many requests: the rate limit was reached.' +
        (retryAfter ? ' Try again in ' + retryAfter + ' s.' : ' Try again shortly.');
    }
    if (status === 401) return 'An API key is needed: ' + (e.message || 'unauthorized') + '.';
    if (status === 403 && e.code === 'refused') return 'Refused: ' + (e.message || '').replace(/^refused: /, '') + '. genbi only reads data.';
    if (status === 422) return 'The database could not run this query (' + (e.class || e.code) + '): ' + (e.message || '');
    if (status >= 500) return 'The server failed (' + status + (e.code ? ' ' + e.code : '') + '): ' + (e.message || 'no details') + '. Try again; if it persists, check the server log.';
    return (e.message || 'Request failed') + ' (' + status + (e.code ? ', ' + e.code : '') + ').';
  }

  const helpers = {
    escapeHTML, columnKind, columnDisplay, joinName, formatCell, formatCost, formatMs, compareValues, sortRows, csvField,
    toCSV, parseSSE, highlightSQL, suggestionsFromSchema, addRecent, readLocation, shareURL,
    describeStep, errorMessage
  };
  if (typeof module !== 'undefined' && module.exports) module.exports = helpers;
  if (typeof document === 'undefined') return;

  // ---- the page -----------------------------------------------------------------------------

  const PAGE_SIZE = 25;
  const RECENT_MAX = 12;
  const $ = (id) => document.getElementById(id);
  const el = {
    form: $('askform'), q: $('question'), db: $('db'), ask: $('askbtn'), status: $('status'),
    suggested: $('suggested'), recent: $('recent'), recentList: $('recent-list'),
    stepsCard: $('steps-card'), steps: $('steps'), answer: $('answer'), message: $('message'),
    summary: $('summary'), facts: $('facts'), sql: $('sql').firstElementChild, sqlPre: $('sql'),
    sqlEdit: $('sqledit'), sqlHint: $('sqlhint'), copy: $('copysql'), edit: $('editsql'),
    run: $('runsql'), chartWrap: $('chart-wrap'), chart: $('chart'), tableWrap: $('table-wrap'),
    table: $('table'), prev: $('prev'), next: $('next'), pageinfo: $('pageinfo'), csv: $('csv'),
    keybox: $('keybox'), keyform: $('keyform'), key: $('apikey')
  };
  const view = { question: '', sql: '', columns: [], rows: [], kinds: [], display: [], sorted: [], sortCol: -1, sortDir: 'asc', page: 0 };
  let recent = loadRecent();
  let recallAt = -1;
  let busy = false;
  let pendingAfterKey = null;

  function loadRecent() {
    try { return JSON.parse(localStorage.getItem('genbi.recent') || '[]').filter((x) => typeof x === 'string'); } catch (e) { return []; }
  }
  function saveRecent() {
    try { localStorage.setItem('genbi.recent', JSON.stringify(recent)); } catch (e) { /* private mode */ }
  }
  function apiKey() {
    try { return sessionStorage.getItem('genbi.key') || ''; } catch (e) { return ''; }
  }

  class HttpError extends Error {
    constructor(status, body, retryAfter) {
      super(errorMessage(status, body, retryAfter));
      this.status = status;
      this.body = body;
    }
  }

  async function api(path, opts) {
    const o = Object.assign({ headers: {} }, opts || {});
    const key = apiKey();
    if (key) o.headers.Authorization = 'Bearer ' + key;
    const res = await fetch(path, o);
    if (res.ok) return res;
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (res.status === 401) showKeyBox();
    throw new HttpError(res.status, body, res.headers.get('Retry-After'));
  }

  function setStatus(text) { el.status.textContent = text; }

  function showKeyBox() {
    el.keybox.hidden = false;
    el.key.focus();
  }

  function renderChips(box, label, items) {
    box.textContent = '';
    if (!items.length) return;
    const l = document.createElement('span');
    l.className = 'label';
    l.textContent = label;
    box.appendChild(l);
    for (const q of items) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.textContent = q;
      b.addEventListener('click', () => { el.q.value = q; ask(q); });
      box.appendChild(b);
    }
  }

  function renderRecent() {
    renderChips(el.recent, 'Recent:', recent.slice(0, 5));
    el.recentList.textContent = '';
    for (const q of recent) {
      const o = document.createElement('option');
      o.value = q;
      el.recentList.appendChild(o);
    }
  }

  async function loadDatabases(wanted) {
    const res = await api('/v1/databases');
    const dbs = (await res.json()).databases || [];
    el.db.textContent = '';
    for (const d of dbs) {
      const o = document.createElement('option');
      o.value = d.name;
      o.textContent = d.name + ' (' + d.dialect + ', ' + d.tables + ' tables)';
      if (wanted ? d.name === wanted : d.default) o.selected = true;
      el.db.appendChild(o);
    }
  }

  async function loadSuggestions() {
    try {
      const res = await api('/v1/schema?db=' + encodeURIComponent(el.db.value));
      renderChips(el.suggested, 'Try:', suggestionsFromSchema(await res.json(), 6));
    } catch (e) {
      el.suggested.textContent = '';
    }
  }

  function clearAnswer() {
    el.answer.hidden = true;
    el.message.hidden = true;
    el.message.className = 'message';
    el.summary.textContent = '';
    el.facts.textContent = '';
    el.chartWrap.hidden = true;
    el.chart.textContent = '';
    el.tableWrap.hidden = true;
    setEditing(false);
  }

  function showMessage(kind, text) {
    el.answer.hidden = false;
    el.message.hidden = false;
    el.message.className = 'message ' + kind;
    el.message.textContent = text;
  }

  function addStep(event, step) {
    const d = describeStep(event, step);
    const li = document.createElement('li');
    const ev = document.createElement('span');
    ev.className = 'ev ev-' + event;
    ev.textContent = d.label;
    li.appendChild(ev);
    li.appendChild(document.createTextNode(' (' + d.tier + ') ' + d.outcome));
    const ms = document.createElement('span');
    ms.className = 'ms';
    ms.textContent = d.ms;
    li.appendChild(ms);
    el.steps.appendChild(li);
  }

  function fact(dt, dd) {
    const div = document.createElement('div');
    const t = document.createElement('dt');
    const d = document.createElement('dd');
    t.textContent = dt;
    d.textContent = dd;
    div.append(t, d);
    el.facts.appendChild(div);
  }

  function renderSQL(sql) {
    view.sql = sql || '';
    el.sql.innerHTML = highlightSQL(view.sql);
    el.sqlEdit.value = view.sql;
  }

  function renderAnswer(a, edited) {
    el.answer.hidden = false;
    const notice = {
      refused: ['refused', 'Refused: ' + (a.message || 'this question asks to change data').replace(/^refused: /, '')],
      unanswered: ['unanswered', 'Could not answer: ' + (a.message || 'no query passed the checks') +
        (a.sql ? ' The best attempt is shown below.' : '')]
    }[a.status];
    if (notice) showMessage(notice[0], notice[1]);
    if (a.status === 'unanswered' && a.errors && a.errors.length) {
      const last = a.errors[a.errors.length - 1];
      el.message.textContent += ' Last error (' + last.class + '): ' + last.message;
    }
    const summary = a.analysis && a.analysis.summary;
    el.summary.textContent = a.status === 'answered' ? summary || '' : '';
    el.facts.textContent = '';
    if (edited) fact('Query', 'your edited SQL');
    else {
      fact('Tier', a.tier === null || a.tier === undefined ? '—' : a.tier + (a.tier_name ? ' (' + a.tier_name + ')' : ''));
      fact('Attempts', String(a.attempts || 0));
      fact('Tokens', (a.tokens_in || 0) + ' in / ' + (a.tokens_out || 0) + ' out');
      fact('Cost', formatCost(a.cost_usd || 0));
    }
    fact('Time', formatMs(a.timings_ms && a.timings_ms.total));
    if (a.status === 'answered') fact('Rows', (a.row_count || 0) + (a.truncated ? ' (first rows only)' : ''));
    renderSQL(a.sql);
    el.sqlPre.parentElement.hidden = !a.sql;
    if (a.status === 'answered') {
      renderTable(a);
      renderChart(a.chart);
    }
  }

  function renderTable(a) {
    const stats = (a.analysis && a.analysis.columns) || [];
    view.columns = a.columns || [];
    view.rows = a.rows || [];
    view.display = view.columns.map((c, i) => columnDisplay(c, view.rows.map((r) => r[i]), stats[i]));
    view.kinds = view.display.map((d) => d.kind);
    view.sorted = view.rows;
    view.sortCol = -1;
    view.page = 0;
    el.tableWrap.hidden = view.columns.length === 0;
    const tr = document.createElement('tr');
    view.columns.forEach((c, i) => {
      if (view.display[i].shownIn >= 0) return; // a last name, shown with the first
      const th = document.createElement('th');
      th.scope = 'col';
      th.setAttribute('aria-sort', 'none');
      th.dataset.col = String(i);
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = view.display[i].label;
      b.title = 'Sort by ' + c;
      b.addEventListener('click', () => sortBy(i));
      th.appendChild(b);
      tr.appendChild(th);
    });
    const thead = el.table.tHead;
    thead.textContent = '';
    thead.appendChild(tr);
    renderPage();
  }

  function sortBy(i) {
    view.sortDir = view.sortCol === i && view.sortDir === 'asc' ? 'desc' : 'asc';
    view.sortCol = i;
    view.sorted = sortRows(view.rows, i, view.sortDir);
    view.page = 0;
    el.table.tHead.querySelectorAll('th').forEach((th) => {
      th.setAttribute('aria-sort', Number(th.dataset.col) === i ? (view.sortDir === 'asc' ? 'ascending' : 'descending') : 'none');
    });
    renderPage();
  }

  function renderPage() {
    const pages = Math.max(1, Math.ceil(view.sorted.length / PAGE_SIZE));
    view.page = Math.min(Math.max(0, view.page), pages - 1);
    const body = el.table.tBodies[0];
    body.textContent = '';
    for (const r of view.sorted.slice(view.page * PAGE_SIZE, (view.page + 1) * PAGE_SIZE)) {
      const tr = document.createElement('tr');
      r.forEach((cell, i) => {
        const d = view.display[i];
        if (d.shownIn >= 0) return;
        const v = d.joins >= 0 ? joinName(cell, r[d.joins]) : cell;
        const td = document.createElement('td');
        td.textContent = formatCell(v, view.kinds[i], d);
        if (v === null || v === undefined) td.className = 'null';
        else if (view.kinds[i] !== 'text') td.className = 'num';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    el.pageinfo.textContent = 'Page ' + (view.page + 1) + ' of ' + pages + ' (' + view.sorted.length + ' rows)';
    el.prev.disabled = view.page === 0;
    el.next.disabled = view.page >= pages - 1;
    el.prev.parentElement.hidden = pages < 2;
  }

  function renderChart(spec) {
    el.chart.textContent = '';
    if (!spec) return;
    el.chartWrap.hidden = false;
    if (typeof window.vegaEmbed !== 'function') {
      el.chart.textContent = 'Charts need the chart libraries, which were not installed when this genbi was built (scripts/web-deps.sh).';
      return;
    }
    const s = Object.assign({}, spec);
    s.width = 'container';
    window.vegaEmbed(el.chart, s, { actions: false, renderer: 'svg' }).catch((e) => {
      el.chart.textContent = 'The chart could not be drawn: ' + e.message;
    });
  }

  function downloadCSV() {
    const blob = new Blob([toCSV(view.columns, view.sorted)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'genbi-result.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  async function copySQL() {
    const text = view.sql;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) { // no clipboard API (plain http on another host): a selection copy
      const t = document.createElement('textarea');
      t.value = text;
      t.setAttribute('aria-hidden', 'true');
      document.body.appendChild(t);
      t.select();
      document.execCommand('copy');
      t.remove();
    }
    setStatus('SQL copied.');
  }

  function setEditing(on) {
    el.edit.setAttribute('aria-pressed', on ? 'true' : 'false');
    el.edit.textContent = on ? 'Cancel' : 'Edit';
    el.sqlEdit.hidden = !on;
    el.sqlHint.hidden = !on;
    el.run.hidden = !on;
    el.sqlPre.hidden = on;
    if (on) el.sqlEdit.focus();
  }

  function setBusy(on) {
    busy = on;
    el.ask.disabled = on;
    el.run.disabled = on;
    el.form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  async function runSQL() {
    const sql = el.sqlEdit.value.trim();
    if (!sql || busy) return;
    setBusy(true);
    setStatus('Running your SQL…');
    const t0 = performance.now();
    try {
      const res = await api('/v1/sql', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sql, db: el.db.value || undefined, question: view.question || undefined })
      });
      const a = await res.json();
      clearAnswer();
      renderAnswer(a, true);
      setStatus('Ran your SQL in ' + formatMs(performance.now() - t0) + '.');
    } catch (e) {
      showMessage(e.status === 429 ? 'limited' : 'error', e.message);
      setStatus('');
      if (e.status === 401) pendingAfterKey = runSQL;
    } finally {
      setBusy(false);
    }
  }

  async function readStream(res, onEvent) {
    if (!res.body || !res.body.getReader) {
      for (const ev of parseSSE(await res.text() + '\n\n').events) onEvent(ev);
      return;
    }
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      buf += dec.decode(value || new Uint8Array(), { stream: !done });
      const parsed = parseSSE(done ? buf + '\n\n' : buf);
      buf = parsed.rest;
      parsed.events.forEach(onEvent);
      if (done) return;
    }
  }

  async function ask(question) {
    const q = question.trim();
    if (!q || busy) return;
    recent = addRecent(recent, q, RECENT_MAX);
    saveRecent();
    renderRecent();
    recallAt = -1;
    view.question = q;
    history.replaceState(null, '', shareURL(location.pathname, q, el.db.options.length > 1 ? el.db.value : ''));
    clearAnswer();
    el.steps.textContent = '';
    el.stepsCard.hidden = false;
    setBusy(true);
    setStatus('Thinking…');
    const t0 = performance.now();
    let answered = false;
    try {
      const res = await api('/v1/ask?stream=1', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question: q, db: el.db.value || undefined })
      });
      await readStream(res, (ev) => {
        let data;
        try { data = JSON.parse(ev.data); } catch (e) { return; }
        if (ev.event === 'answer') {
          answered = true;
          renderAnswer(data, false);
        } else if (ev.event === 'error') {
          answered = true;
          showMessage('error', errorMessage(500, data));
        } else {
          addStep(ev.event, data);
        }
      });
      if (!answered) showMessage('error', 'The answer stream ended early; try again.');
      setStatus(answered ? 'Answered in ' + formatMs(performance.now() - t0) + '.' : '');
    } catch (e) {
      showMessage(e.status === 429 ? 'limited' : 'error',
        e instanceof HttpError ? e.message : 'Cannot reach genbi: ' + e.message);
      setStatus('');
      if (e.status === 401) pendingAfterKey = () => ask(q);
    } finally {
      setBusy(false);
    }
  }

  function recall(delta) {
    if (!recent.length) return;
    recallAt = Math.min(Math.max(recallAt + delta, -1), recent.length - 1);
    el.q.value = recallAt < 0 ? '' : recent[recallAt];
    el.q.setSelectionRange(el.q.value.length, el.q.value.length);
  }

  async function start() {
    const loc = readLocation(location.search);
    renderRecent();
    try {
      await loadDatabases(loc.db);
    } catch (e) {
      setStatus(e.message);
      pendingAfterKey = start;
      return;
    }
    await loadSuggestions();
    if (loc.q) {
      el.q.value = loc.q;
      ask(loc.q);
    } else {
      el.q.focus();
    }
  }

  el.form.addEventListener('submit', (e) => { e.preventDefault(); ask(el.q.value); });
  el.q.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp' && !e.altKey) { e.preventDefault(); recall(1); }
    else if (e.key === 'ArrowDown' && !e.altKey) { e.preventDefault(); recall(-1); }
  });
  el.db.addEventListener('change', loadSuggestions);
  el.copy.addEventListener('click', copySQL);
  el.edit.addEventListener('click', () => setEditing(el.edit.getAttribute('aria-pressed') !== 'true'));
  el.run.addEventListener('click', runSQL);
  el.sqlEdit.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runSQL(); }
    if (e.key === 'Escape') setEditing(false);
  });
  el.prev.addEventListener('click', () => { view.page--; renderPage(); });
  el.next.addEventListener('click', () => { view.page++; renderPage(); });
  el.csv.addEventListener('click', downloadCSV);
  el.keyform.addEventListener('submit', (e) => {
    e.preventDefault();
    try { sessionStorage.setItem('genbi.key', el.key.value.trim()); } catch (err) { /* storage off */ }
    el.key.value = '';
    el.keybox.hidden = true;
    const again = pendingAfterKey;
    pendingAfterKey = null;
    if (again) again();
  });
  start();
})();

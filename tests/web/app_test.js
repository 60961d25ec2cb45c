// The web page's pure helpers (web/app.js) under node's test runner: number and money formats,
// sorting, CSV, server-sent event parsing, SQL highlighting, suggestions, shared links and
// error messages. Run by ctest (web_js) when node is installed.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require(path.join(__dirname, '..', '..', 'web', 'app.js'));

test('numbers and money are formatted by column kind', () => {
  assert.equal(h.columnKind('revenue', [1.5, 2], 'real'), 'money');
  assert.equal(h.columnKind('n', [1, 2], 'integer'), 'int');
  assert.equal(h.columnKind('year', [2023], 'integer'), 'year');
  assert.equal(h.columnKind('customer_id', [7], 'integer'), 'id');
  assert.equal(h.columnKind('country', ['Sweden'], 'text'), 'text');
  assert.equal(h.columnKind('avg_x', [1.25, null], undefined), 'real');
  assert.equal(h.formatCell(1234567.891, 'money'), '1,234,567.89');
  assert.equal(h.formatCell(5, 'money'), '5.00');
  assert.equal(h.formatCell(2500, 'int'), '2,500');
  assert.equal(h.formatCell(1234.5678, 'real'), '1,234.57');
  assert.equal(h.formatCell(2023, 'year'), '2023');
  assert.equal(h.formatCell(null, 'int'), 'NULL');
  assert.equal(h.formatCost(0), '$0');
  assert.equal(h.formatCost(0.000312), '$0.00031');
  assert.equal(h.formatCost(1.234), '$1.23');
  assert.equal(h.formatMs(0.5), '0.50 ms');
  assert.equal(h.formatMs(12.4), '12 ms');
  assert.equal(h.formatMs(1530), '1.53 s');
});

test('the server\'s column formats decide: currency, percent, digits, labels, joined names', () => {
  const money = h.columnDisplay('SUM(o.total_usd)', [1234.5], { type: 'real', label: 'total', format: 'currency', decimals: 2, currency: 'USD' });
  assert.equal(money.label, 'total');
  assert.equal(h.formatCell(1234.5, money.kind, money), '$1,234.50');
  assert.equal(h.formatCell(-0.004, money.kind, money), '$0.00');
  assert.equal(h.formatCell(-1234.5, money.kind, money), '-$1,234.50');
  const eur = h.columnDisplay('amount_cents', [123456], { type: 'integer', format: 'currency', decimals: 2, currency: 'EUR', scale: 0.01 });
  assert.equal(h.formatCell(123456, eur.kind, eur), '€1,234.56');
  const pct = h.columnDisplay('pct_returned', [12.5], { type: 'real', format: 'percent', decimals: 1 });
  assert.equal(h.formatCell(12.5, pct.kind, pct), '12.5%');
  const whole = h.columnDisplay('product_count', [20], { type: 'real', format: 'number', decimals: 0 });
  assert.equal(h.formatCell(20, whole.kind, whole), '20');
  const first = h.columnDisplay('first_name', ['Ada'], { type: 'text', label: 'name', format: 'text', joins: 1 });
  const last = h.columnDisplay('last_name', ['Lovelace'], { type: 'text', format: 'text', shown_in: 0 });
  assert.equal(first.joins, 1);
  assert.equal(last.shownIn, 0);
  assert.equal(h.joinName('Ada', 'Lovelace'), 'Ada Lovelace');
  assert.equal(h.joinName(null, 'Hopper'), 'Hopper');
  assert.equal(h.joinName(null, null), null);
  // without the server's fields, the name and values decide as before
  assert.equal(h.columnDisplay('revenue', [1.5], { type: 'real' }).kind, 'money');
});

test('sorting keeps NULLs last and is stable', () => {
  const rows = [['b', 2], ['a', null], ['c', 10], ['d', 2]];
  assert.deepEqual(h.sortRows(rows, 1, 'asc').map((r) => r[0]), ['b', 'd', 'c', 'a']);
  assert.deepEqual(h.sortRows(rows, 1, 'desc').map((r) => r[0]), ['c', 'b', 'd', 'a']);
  assert.deepEqual(h.sortRows([['x10'], ['x9'], ['x1']], 0, 'asc').map((r) => r[0]), ['x1', 'x9', 'x10']);
  assert.deepEqual(rows[0], ['b', 2]); // the input is not reordered
});

test('CSV quotes, doubles quotes, ends lines with CRLF and defuses formulas', () => {
  const csv = h.toCSV(['name', 'n'], [['a,b', 1], ['say "hi"', null], ['=SUM(A1)', -3], ['line\nbreak', 2.5]]);
  assert.equal(csv, 'name,n\r\n"a,b",1\r\n"say ""hi""",\r\n\'=SUM(A1),-3\r\n"line\nbreak",2.5\r\n');
});

test('server-sent events are split into whole events and the rest', () => {
  const text = 'event: schema_selected\ndata: {"step":1}\n\n: keep-alive\n\nevent: answer\r\ndata: {"a":\r\ndata: 1}\r\n\r\nevent: par';
  const p = h.parseSSE(text);
  assert.deepEqual(p.events, [{ event: 'schema_selected', data: '{"step":1}' }, { event: 'answer', data: '{"a":\n1}' }]);
  assert.equal(p.rest, 'event: par');
  assert.deepEqual(h.parseSSE('').events, []);
});

test('SQL highlighting escapes everything and marks tokens', () => {
  const out = h.highlightSQL("SELECT name, COUNT(*) FROM t WHERE x = '<b>' AND y > 2 -- note");
  assert.match(out, /<span class="kw">SELECT<\/span>/);
  assert.match(out, /<span class="fn">COUNT<\/span>\(/);
  assert.match(out, /<span class="str">&#39;&lt;b&gt;&#39;<\/span>/);
  assert.match(out, /<span class="num">2<\/span>/);
  assert.match(out, /<span class="com">-- note<\/span>/);
  assert.ok(!out.includes('<b>'));
  const plain = out.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  assert.equal(plain, "SELECT name, COUNT(*) FROM t WHERE x = '<b>' AND y > 2 -- note");
});

test('suggestions come from the schema', () => {
  const schema = { tables: [
    { name: 'orders', row_count: 100, columns: [{ name: 'order_id', kind: 'integer', pk: true }, { name: 'status', kind: 'text' }, { name: 'amount', kind: 'real' }] },
    { name: 'customers', row_count: 10, columns: [{ name: 'first_name', kind: 'text' }, { name: 'segment', kind: 'text' }] },
    { name: 'empty_table', row_count: 0, columns: [] }] };
  assert.deepEqual(h.suggestionsFromSchema(schema, 10), [
    'How many orders are there?', 'How many customers are there?', 'Number of orders by status',
    'Average amount by status', 'Number of customers by segment']);
  assert.equal(h.suggestionsFromSchema(schema, 2).length, 2);
  assert.deepEqual(h.suggestionsFromSchema(null, 3), []);
});

test('recent questions, shared links and error messages', () => {
  assert.deepEqual(h.addRecent(['a', 'b', 'c'], ' b ', 3), ['b', 'a', 'c']);
  assert.deepEqual(h.addRecent(['a', 'b'], 'c', 2), ['c', 'a']);
  assert.deepEqual(h.readLocation('?q=How%20many%3F&db=sales'), { q: 'How many?', db: 'sales' });
  assert.deepEqual(h.readLocation(''), { q: '', db: '' });
  assert.equal(h.shareURL('/', 'revenue by region', 'sales'), '/?q=revenue+by+region&db=sales');
  assert.match(h.errorMessage(429, { error: { code: 'rate_limited' } }, '3'), /rate limit.*3 s/);
  assert.match(h.errorMessage(403, { error: { code: 'refused', message: 'refused: the statement would change the database' } }), /^Refused: the statement would change the database\. genbi only reads data\.$/);
  assert.match(h.errorMessage(422, { error: { code: 'sql_error', class: 'syntax', message: 'near "x"' } }), /\(syntax\): near "x"/);
  assert.match(h.errorMessage(500, { error: { code: 'internal', message: 'out of memory' } }), /server failed \(500 internal\)/);
  assert.equal(h.describeStep('escalated', { tier: 2, outcome: 'escalate: empty', ms: 3.2 }).label, 'Escalated');
});

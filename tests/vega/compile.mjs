// Validates every *.json Vega-Lite spec in a directory against the Vega-Lite v5 JSON schema
// (ajv) and compiles it to Vega (the vega-lite package), failing on schema errors, compile
// errors and compile warnings. Prints one line per spec and "N passed, N failed".
// usage: node tests/vega/compile.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vl = require('vega-lite');
const Ajv = require('ajv');
const schema = require('vega-lite/build/vega-lite-schema.json');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node compile.mjs DIR');
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false });
const validate = ajv.compile(schema);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
let passed = 0, failed = 0;
for (const f of files) {
  const spec = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const problems = [];
  if (spec.$schema !== 'https://vega.github.io/schema/vega-lite/v5.json')
    problems.push(`$schema is ${spec.$schema}`);
  if (!validate(spec))
    for (const e of validate.errors.slice(0, 5)) problems.push(`schema: ${e.instancePath} ${e.message}`);
  const warnings = [];
  const logger = {
    level() { return this; },
    error(...a) { problems.push('compile error: ' + a.join(' ')); return this; },
    warn(...a) { warnings.push(a.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
  };
  try {
    const out = vl.compile(spec, { logger });
    if (!out.spec || !Array.isArray(out.spec.marks) || out.spec.marks.length === 0)
      problems.push('compiled to no marks');
  } catch (e) {
    problems.push('compile threw: ' + e.message);
  }
  for (const w of warnings) problems.push('compile warning: ' + w);
  if (problems.length) {
    failed++;
    console.log(`FAIL ${f}`);
    for (const p of problems) console.log(`     ${p}`);
  } else {
    passed++;
    console.log(`ok   ${f}`);
  }
}
if (files.length === 0) {
  console.log('no specs found in ' + dir);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

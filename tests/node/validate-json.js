// Usage: node validate-json.js SCHEMA.json FILE.json…  (draft-07 schema, ajv 6)
// Prints "FILE: valid" or "FILE: INVALID" with the errors; exit code 1 when any is invalid.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');
const [schemaFile, ...files] = process.argv.slice(2);
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
let failed = 0;
for (const file of files) {
  if (validate(JSON.parse(fs.readFileSync(file, 'utf8')))) {
    console.log(`${file}: valid`);
  } else {
    failed++;
    console.log(`${file}: INVALID`);
    for (const e of validate.errors) console.log(`  ${e.dataPath} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);

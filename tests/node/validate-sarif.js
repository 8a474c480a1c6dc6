// Usage: node validate.js FILE.sarif…  Validates each file against the official SARIF 2.1.0
// JSON schema (sarif-2.1.0-rtm.5.json, the OASIS standard's schema) as shipped in
// @microsoft/jest-sarif, with ajv 6 set up for that draft-04 schema the way that package does.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const schema = require(path.join(__dirname, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    failed++;
    console.log(`${file}: INVALID`);
    for (const e of validate.errors) console.log(`  ${e.dataPath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(failed ? 1 : 0);

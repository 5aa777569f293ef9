// Lints code that is never written to disk through ESLint's Node API and the project's
// eslint.config.mjs: reads [{ filePath, code }] as JSON on stdin, writes the messages of each as
// JSON on stdout. A process of its own because ESLint loads its (ESM) config with import(), which
// Jest's module sandbox does not allow.
import { ESLint } from 'eslint';
import { text } from 'node:stream/consumers';

const cases = JSON.parse(await text(process.stdin));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })));
}
process.stdout.write(JSON.stringify(results));

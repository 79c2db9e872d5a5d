// Every message of the explorer exists in both languages, and every key the sources ask for literally
// (t('…'), tOr prefixes aside) exists: a missing key would show the key itself, or Chinese in the English
// interface.
//
//   node e2e/i18n.check.mjs        exits non-zero and lists what is missing
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, '..', 'src');

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.js') ? [file] : [];
  });
}

/** The problems found, one sentence each; empty when every key is in both languages. */
export async function messageProblems() {
  const { MESSAGES } = await import(pathToFileURL(path.join(src, 'i18n.js')).href);
  const problems = [];
  const languages = Object.keys(MESSAGES);
  if (languages.length < 2) problems.push(`expected two languages, found ${languages.join(', ')}`);
  for (const language of languages) {
    for (const other of languages) {
      for (const key of Object.keys(MESSAGES[language])) {
        if (!(key in MESSAGES[other])) problems.push(`${key} is in ${language} but not in ${other}`);
      }
    }
    for (const [key, text] of Object.entries(MESSAGES[language])) {
      if (typeof text !== 'string' || !text.trim()) problems.push(`${key} is empty in ${language}`);
    }
  }
  // The placeholders of a message are the same in both languages: {n} in one and not the other drops a value.
  for (const key of Object.keys(MESSAGES.zh || {})) {
    const names = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const language of languages) {
      if (key in MESSAGES[language] && names(MESSAGES[language][key]) !== names(MESSAGES.zh[key])) {
        problems.push(`${key} has placeholders {${names(MESSAGES.zh[key])}} in zh but {${names(MESSAGES[language][key])}} in ${language}`);
      }
    }
  }
  for (const file of sources(src)) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bt\(\s*'([^']+)'/g)) {
      for (const language of languages) {
        if (!(match[1] in MESSAGES[language])) problems.push(`${path.relative(src, file)} asks for ${match[1]}, missing in ${language}`);
      }
    }
  }
  return [...new Set(problems)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = await messageProblems();
  for (const problem of problems) console.log(`FAIL - ${problem}`);
  console.log(problems.length ? `0 passed, 1 failed` : `1 passed, 0 failed`);
  process.exit(problems.length ? 1 : 0);
}

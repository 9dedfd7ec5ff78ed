// Independent reader for the XLIFF tests: parses a file with the npm `xliff` package
// (xliff2js for 2.x, xliff12ToJs for 1.2) and prints every unit's source and target as
// JSON, inline codes flattened to {ph:ID}, {pc:ID} and {/pc:ID}.
// Usage: node tests/xliff/read.mjs FILE
import { readFileSync } from 'node:fs'
import xliff2js from 'xliff/xliff2js'
import xliff12ToJs from 'xliff/xliff12ToJs'

const text = readFileSync(process.argv[2], 'utf8')
const v12 = /<xliff[^>]*version="1\.2"/.test(text)
const doc = v12 ? await xliff12ToJs(text) : await xliff2js(text)

// 1.2 writes placeables as <ph> (Span) and pairs as <bpt>/<ept>; 2.x as <ph>
// (Standalone) and <pc> (Span).
function flatten (value) {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(flatten).join('')
  const [type, data] = Object.entries(value)[0]
  const id = data.id
  switch (type) {
    case 'Standalone': return `{ph:${id}}`
    case 'Span': return v12 ? `{ph:${id}}` : `{pc:${id}}${flatten(data.contents ?? '')}{/pc:${id}}`
    case 'SpanStart': return `{pc:${id}}`
    case 'SpanEnd': return `{/pc:${id}}`
    default: throw new Error(`unexpected inline element ${type}`)
  }
}

const units = {}
for (const [file, resource] of Object.entries(doc.resources)) {
  for (const [id, unit] of Object.entries(resource)) {
    units[`${file}/${id}`] = { source: flatten(unit.source), target: flatten(unit.target) }
  }
}
console.log(JSON.stringify({
  sourceLanguage: doc.sourceLanguage,
  targetLanguage: doc.targetLanguage,
  units
}, null, 2))

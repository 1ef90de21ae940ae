// Plain ESM JavaScript (not TypeScript) so that scripts/server.mjs runs it as it is.
//
// A public page without an island of ours is sent without the framework: its links are plain
// links, its forms post without JavaScript, and hydrating it was all of its blocking time
// (Lighthouse, mobile: 70–350 ms of a 2-core machine's main thread). Which scripts such a page
// loads is read from the build (scripts/read-only-scripts.mjs); a page that loads any other of
// the build's — a registration form — keeps all of them.
import fs from 'node:fs'
import path from 'node:path'

// the build's scripts; a page's own script (the centres' map, src/app/map/) is no island: it stays
const SCRIPT_WITH_SOURCE = /<script\b[^>]*?\ssrc="(\/_next\/[^"]+)"[^>]*><\/script>/g
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")[^>]*?\shref="(\/_next\/[^"]+)"[^>]*>/g
// the App Router's inline parts: the RSC payload (`self.__next_f`, about as long as the page's
// HTML again) and Turbopack's list of chunks to load. React's own inline scripts (those
// completing a streamed boundary) stay: they draw the page, with or without the framework.
const FRAMEWORK_INLINE =
  /<script\b[^>]*>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])[\s\S]*?<\/script>/g
// all three in one pass: each replace copies the page, RSC payload included
const FRAMEWORK_PARTS = new RegExp(
  [SCRIPT_WITH_SOURCE, SCRIPT_PRELOAD, FRAMEWORK_INLINE].map((part) => part.source).join('|'),
  'g',
)
// a boundary React gave up rendering on the server: only the client can draw it
const CLIENT_RENDERED = /<!--\$!-->|<template\b[^>]*\sdata-dgst=/

/**
 * The scripts a read-only page of this build loads, or null without a build that lists them
 * (development, a build made without `npm run build`).
 * @param {string} [distDir]
 * @returns {Set<string> | null}
 */
export function readOnlyScripts(distDir = '.next') {
  try {
    const file = path.join(distDir, 'read-only-scripts.json')
    const { scripts } = JSON.parse(fs.readFileSync(file, 'utf8'))
    return Array.isArray(scripts) && scripts.length > 0 ? new Set(scripts) : null
  } catch {
    return null
  }
}

/**
 * The page's HTML without the framework's scripts, or null when it keeps them: it loads a
 * script not in `scripts` (an island), or part of it is drawn on the client.
 * @param {string} html
 * @param {Set<string>} scripts
 * @returns {string | null}
 */
export function withoutFramework(html, scripts) {
  if (CLIENT_RENDERED.test(html)) return null
  for (const [, source] of html.matchAll(SCRIPT_WITH_SOURCE)) if (!scripts.has(source)) return null
  for (const [, source] of html.matchAll(SCRIPT_PRELOAD)) if (!scripts.has(source)) return null
  const stripped = html.replace(FRAMEWORK_PARTS, '')
  // anything of the framework's left (a form of it not recognised here): send the page whole
  if (/self\.__next_f|TURBOPACK|<script\b[^>]*\ssrc="\/_next\//.test(stripped)) return null
  return stripped
}

import { inflateSync } from 'node:zlib'

/**
 * The text of a PDF as Chromium (Skia) writes it: Flate-compressed content streams drawing
 * glyph ids through Type0 fonts, each with a ToUnicode map. Enough to check what a printed page
 * says, line by line; not a general PDF reader (no object streams, no encryption).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const objects = new Map<string, { dict: string; stream?: string }>()
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]
    const start = body.search(/stream\r?\n/)
    if (start < 0) {
      objects.set(match[1], { dict: body })
      continue
    }
    const dict = body.slice(0, start)
    const dataStart = start + body.slice(start).indexOf('\n') + 1
    const dataEnd = body.lastIndexOf('endstream')
    let data = Buffer.from(body.slice(dataStart, dataEnd).replace(/\r?\n$/, ''), 'latin1')
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data)
    objects.set(match[1], { dict, stream: data.toString('latin1') })
  }

  // font resource name → code → text, from each font's ToUnicode map
  const cmapOf = (ref: string) => {
    const map = new Map<string, string>()
    const text = objects.get(ref)?.stream ?? ''
    const unicode = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le')
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, value] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(code.toLowerCase(), unicode(value))
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, value] of block[1].matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
      )) {
        const first = parseInt(from, 16)
        for (let code = first; code <= parseInt(to, 16); code += 1) {
          const target = (parseInt(value, 16) + code - first)
            .toString(16)
            .padStart(value.length, '0')
          map.set(code.toString(16).padStart(from.length, '0'), unicode(target))
        }
      }
    }
    return map
  }
  const fonts = new Map<string, { width: number; map: Map<string, string> }>()
  for (const { dict } of objects.values()) {
    for (const block of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, name, ref] of block[1].matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const font = objects.get(ref)?.dict ?? ''
        const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font)?.[1]
        fonts.set(name, {
          width: /\/Type0/.test(font) ? 4 : 2,
          map: toUnicode ? cmapOf(toUnicode) : new Map(),
        })
      }
    }
  }

  const lines: string[] = []
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream) || !/\bTf\b/.test(stream)) continue
    let font = fonts.values().next().value
    let line = ''
    let y: number | null = null
    const tokens = stream.matchAll(
      /\/([^\s/[\]<>()]+)\s+[\d.-]+\s+Tf|([\d.-]+)\s+([\d.-]+)\s+Td|[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+([\d.-]+)\s+Tm|<([0-9a-fA-F]*)>/g,
    )
    for (const [, fontName, , tdY, tmY, hex] of tokens) {
      if (fontName) font = fonts.get(fontName) ?? font
      else if (tdY !== undefined || tmY !== undefined) {
        const next: number = tmY !== undefined ? Number(tmY) : (y ?? 0) + Number(tdY)
        if (y !== null && Math.abs(next - y) > 1) {
          lines.push(line)
          line = ''
        }
        y = next
      } else if (hex !== undefined && font) {
        for (let i = 0; i < hex.length; i += font.width)
          line += font.map.get(hex.slice(i, i + font.width).toLowerCase()) ?? ''
      }
    }
    lines.push(line)
  }
  return lines
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

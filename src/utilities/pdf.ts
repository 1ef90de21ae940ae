/**
 * A one-page PDF of plain paragraphs in a standard font: demo materials and tests need real
 * PDF files, and a whole PDF library for that is not worth a dependency. Standard fonts carry
 * no Central European letters, so the text is written without diacritics.
 */
export function simplePdf(title: string, paragraphs: string[]): Buffer {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '?')
      .replace(/([\\()])/g, '\\$1')
  const wrap = (text: string, width = 90) => {
    const lines: string[] = []
    let line = ''
    for (const word of text.split(/\s+/)) {
      if ((line + ' ' + word).trim().length > width) {
        lines.push(line)
        line = word
      } else line = `${line} ${word}`.trim()
    }
    if (line) lines.push(line)
    return lines
  }
  const body = [
    'BT /F1 16 Tf 50 790 Td 18 TL',
    `(${ascii(title)}) Tj /F1 10 Tf 14 TL T*`,
    ...paragraphs.flatMap((paragraph) => [
      ...wrap(paragraph).map((line) => `T* (${ascii(line)}) Tj`),
      'T*',
    ]),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`,
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

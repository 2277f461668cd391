import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { context, databaseKind, payloadSuite } from '../helpers/payload'

/** A small real PNG, made on the fly. */
async function png(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: '#0b5566' } }).png().toBuffer()
}

/** A minimal well-formed one-page PDF, with its cross-reference table. */
function pdf(): Buffer {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>']
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

describe(`media uploads (${databaseKind})`, () => {
  const suite = payloadSuite()

  const upload = async (data: Buffer, name: string, mimetype: string, alt?: string) =>
    suite.payload.create({ collection: 'media', data: alt ? { alt } : {}, file: { data, name, mimetype, size: data.length }, locale: 'en', context })

  it('stores an image with alt text and generates the responsive sizes as WebP', async () => {
    const media = suite.docs.add('media', await upload(await png(), `cover-${Date.now()}.png`, 'image/png', 'Khujand office'))
    expect(media.mimeType).toBe('image/webp')
    expect(media.sizes?.w480?.width).toBe(480)
    expect(media.sizes?.w800?.width).toBe(800)
    // Never enlarged: the larger sizes of a 900-pixel original stay 900 pixels wide.
    expect(media.sizes?.w1200?.width).toBe(900)
    expect(media.sizes?.w1600?.width).toBe(900)
  })

  it('keeps alt text per language', async () => {
    const media = suite.docs.add('media', await upload(await png(), `alt-${Date.now()}.png`, 'image/png', 'Youth lab in Asht'))
    await suite.payload.update({ collection: 'media', id: media.id, locale: 'tg', data: { alt: 'Лабораторияи ҷавонон дар Ашт' }, context })
    const all = await suite.payload.findByID({ collection: 'media', id: media.id, locale: 'all' })
    expect(all.alt).toEqual({ en: 'Youth lab in Asht', tg: 'Лабораторияи ҷавонон дар Ашт' })
  })

  it('refuses an image without alt text, with a message', async () => {
    await expect(upload(await png(), `no-alt-${Date.now()}.png`, 'image/png')).rejects.toThrow(/alternative text|alt/i)
  })

  it('accepts a PDF without alt text', async () => {
    const media = suite.docs.add('media', await upload(pdf(), `report-${Date.now()}.pdf`, 'application/pdf'))
    expect(media.mimeType).toBe('application/pdf')
  })

  it('refuses a file whose content is not an image or a PDF, whatever its name says', async () => {
    const script = Buffer.from('<script>alert(1)</script>')
    await expect(upload(script, `evil-${Date.now()}.png`, 'image/png', 'not an image')).rejects.toThrow()
    await expect(upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), `vector-${Date.now()}.svg`, 'image/svg+xml', 'svg')).rejects.toThrow()
  })
})

describe(`media files in MEDIA_DIR, the default storage (${databaseKind})`, () => {
  const suite = payloadSuite()

  it('writes the original and every size into MEDIA_DIR, and deletes them with the document', async () => {
    const data = await png()
    const media = await suite.payload.create({ collection: 'media', data: { alt: 'Dushanbe office' }, file: { data, name: `folder-${Date.now()}.png`, mimetype: 'image/png', size: data.length }, locale: 'en', context })
    const files = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].map((name) => path.resolve(process.env.MEDIA_DIR ?? 'data/media', name ?? ''))
    for (const file of files) expect(existsSync(file), file).toBe(true)
    expect((await sharp(readFileSync(files[0])).metadata()).format).toBe('webp')
    expect(media.url).toBe(`/api/media/file/${media.filename}`)
    await suite.payload.delete({ collection: 'media', id: media.id, context })
    for (const file of files) expect(existsSync(file), file).toBe(false)
  })
})

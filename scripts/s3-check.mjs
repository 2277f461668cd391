// Proves scripts/s3.sh serves real S3 to the official AWS SDK: put, get, list, delete an object.
// Usage: node scripts/s3-check.mjs   (S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET as for
// scripts/s3.sh). The SDK is not an app dependency: scripts/services-smoke.sh installs
// @aws-sdk/client-s3 into S3_CLIENT_DIR (default .tmp/s3-client) and this loads it from there.
import { createRequire } from 'node:module'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const clientDir = path.resolve(root, process.env.S3_CLIENT_DIR ?? '.tmp/s3-client')
const { S3Client, PutObjectCommand, GetObjectCommand, ListObjectsV2Command, DeleteObjectCommand, HeadObjectCommand } =
  createRequire(path.join(clientDir, 'package.json'))('@aws-sdk/client-s3')

const bucket = process.env.S3_BUCKET ?? 'newsroom-test'
const s3 = new S3Client({
  endpoint: process.env.S3_ENDPOINT ?? 'http://127.0.0.1:9010',
  region: 'us-east-1',
  forcePathStyle: true, // the gateway has no per-bucket host names
  credentials: {
    accessKeyId: process.env.S3_ACCESS_KEY ?? 'newsroom-test',
    secretAccessKey: process.env.S3_SECRET_KEY ?? 'newsroom-test-secret',
  },
})

function check(condition, message) {
  if (!condition) throw new Error(`s3-check: ${message}`)
}

// A key with a folder, a space and Cyrillic, as uploaded file names have.
const key = `smoke/${Date.now()}-${process.pid}/Душанбе photo.txt`
const body = `Салом, ${new Date().toISOString()}\n`

await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8', CacheControl: 'public, max-age=60' }))

const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
const text = await got.Body.transformToString()
check(text === body, `get returned ${JSON.stringify(text)}, expected ${JSON.stringify(body)}`)
check(got.ContentType === 'text/plain; charset=utf-8', `content type ${got.ContentType}`)
check(got.CacheControl === 'public, max-age=60', `cache control ${got.CacheControl}`)

const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key.slice(0, key.lastIndexOf('/') + 1) }))
check(listed.Contents?.length === 1 && listed.Contents[0].Key === key, `list returned ${JSON.stringify(listed.Contents?.map((o) => o.Key))}`)
check(listed.Contents[0].Size === Buffer.byteLength(body), `listed size ${listed.Contents[0].Size}`)

await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
const gone = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
  () => 'still there',
  (error) => error.$metadata?.httpStatusCode,
)
check(gone === 404, `after delete, head answered ${gone}`)

console.log(`s3-check: put, get, list and delete of "${key}" in ${bucket} passed`)

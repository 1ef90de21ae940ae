// `npm run bench`, the load step: runs in its own process (so the client does not share the
// server's event loop) and prints one JSON line. autocannon drives the requests; each response
// time is kept so the percentiles asked for are exact (autocannon's own summary stops at p90 and
// p97.5, and rounds).
import autocannon from 'autocannon'

const [url, seconds = '10', connections = '10'] = process.argv.slice(2)
const times = []
const statuses = {}
const instance = autocannon({ url, duration: Number(seconds), connections: Number(connections) })
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  times.push(responseTime)
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
})
const result = await instance
times.sort((a, b) => a - b)
const quantile = (q) =>
  times.length
    ? Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10
    : null
const failed = Object.entries(statuses)
  .filter(([status]) => Number(status) >= 400)
  .reduce((sum, [, count]) => sum + count, 0)
console.log(
  JSON.stringify({
    url,
    seconds: Number(seconds),
    connections: Number(connections),
    requests: times.length,
    requestsPerSecond: Math.round((times.length / Number(seconds)) * 10) / 10,
    p50: quantile(0.5),
    p95: quantile(0.95),
    p975: quantile(0.975),
    p99: quantile(0.99),
    errors: result.errors + result.timeouts + failed,
    statuses,
  }),
)

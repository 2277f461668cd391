import { isIPv4, isIPv6 } from 'node:net'

/**
 * The address a request comes from, for counting login attempts per client. Our server
 * (scripts/server/response.mjs) appends the connection's address to X-Forwarded-For, as each
 * proxy in front of it does, so the entry `trustedProxies` places before the last is the one the
 * outermost proxy of ours saw; entries further left are whatever the client wrote and never read.
 * Null when there is no such header: a Local API call from the server's own code.
 *
 * IPv6 addresses are cut to their /64 network: one subscriber usually holds a whole /64, and
 * would otherwise get a fresh counter for each of its 2^64 addresses.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  if (hops.length === 0) return null
  // Fewer hops than proxies: the header did not come through all of them; take the leftmost.
  const hop = hops[Math.max(0, hops.length - 1 - trustedProxies)]
  return normaliseAddress(hop)
}

/** An address as a counter key: IPv4-mapped IPv6 as IPv4, IPv6 as its /64, anything odd as-is (bounded). */
export function normaliseAddress(raw: string): string {
  let address = raw.toLowerCase()
  // "[2001:db8::1]:443" or "203.0.113.7:51000", as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'))
  if (address.startsWith('::ffff:') && isIPv4(address.slice(7))) return address.slice(7)
  if (isIPv4(address)) return address
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`
  return address.slice(0, 64)
}

/** The eight groups of an IPv6 address, `::` expanded. */
function expandIPv6(address: string): string[] {
  const [head, tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail === undefined ? [] : tail ? tail.split(':') : []
  const middle = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0')
  return [...left, ...(tail === undefined ? [] : middle), ...right].map((group) => group.replace(/^0+(?=.)/, ''))
}

import { BlockList, isIP } from 'node:net'

type Range = { label: string; network: string; prefix: number }

const range = (label: string, cidr: string): Range => {
  const [network, prefix] = cidr.split('/')
  return { label, network, prefix: Number(prefix) }
}

/** Where a public link never points: ranges of the local machine, the local network and special uses. */
const ipv4Ranges = [
  range('unspecified', '0.0.0.0/8'),
  range('private', '10.0.0.0/8'),
  range('shared (CGNAT)', '100.64.0.0/10'),
  range('loopback', '127.0.0.0/8'),
  range('link-local', '169.254.0.0/16'),
  range('private', '172.16.0.0/12'),
  range('reserved', '192.0.0.0/24'),
  range('documentation', '192.0.2.0/24'),
  range('private', '192.168.0.0/16'),
  range('benchmarking', '198.18.0.0/15'),
  range('documentation', '198.51.100.0/24'),
  range('documentation', '203.0.113.0/24'),
  range('multicast', '224.0.0.0/4'),
  range('reserved', '240.0.0.0/4'),
]

const ipv6Ranges = [
  range('unspecified', '::/128'),
  range('loopback', '::1/128'),
  range('IPv4-compatible', '::/96'),
  range('NAT64 local-use', '64:ff9b:1::/48'),
  range('discard', '100::/64'),
  range('Teredo', '2001::/32'),
  range('documentation', '2001:db8::/32'),
  range('unique-local', 'fc00::/7'),
  range('link-local', 'fe80::/10'),
  range('site-local', 'fec0::/10'),
  range('multicast', 'ff00::/8'),
]

const lists = [
  ...ipv4Ranges.map((entry) => ({ ...entry, family: 'ipv4' as const })),
  ...ipv6Ranges.map((entry) => ({ ...entry, family: 'ipv6' as const })),
].map(({ label, network, prefix, family }) => {
  const list = new BlockList()
  list.addSubnet(network, prefix, family)
  return { label, list }
})

/** The eight 16-bit groups of an IPv6 address; a trailing dotted quad is allowed. */
const ipv6Groups = (address: string): number[] => {
  let text = address.toLowerCase().split('%')[0]
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number)
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...fill, ...right].map((group) => parseInt(group, 16))
}

const dotted = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`

/** The IPv4 address a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address reaches; IPv4-mapped ones BlockList reads itself. */
const embeddedIPv4 = (address: string): string | null => {
  const groups = ipv6Groups(address)
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return dotted(groups[6], groups[7])
  }
  return groups[0] === 0x2002 ? dotted(groups[1], groups[2]) : null
}

/**
 * Why an address must not be fetched ("loopback", "private", …), or null for a public address.
 * IPv4-mapped, NAT64 and 6to4 IPv6 addresses are judged by the IPv4 address they carry.
 */
export const blockedRange = (address: string): string | null => {
  const family = isIP(address)
  if (family === 0) return 'not an IP address'
  const type = family === 4 ? 'ipv4' : 'ipv6'
  const hit = lists.find(({ list }) => list.check(address, type))
  if (hit) return hit.label
  const inner = family === 6 ? embeddedIPv4(address) : null
  return inner ? blockedRange(inner) : null
}

/**
 * @module Which addresses a server may fetch from for its users. A URL given to the API is fetched by
 * the server, inside its network: without this check anyone who may add a document could make it read
 * the Neo4j browser on 7474, a cloud metadata service on 169.254.169.254 or an intranet page, and
 * keep the answer as a document. Loopback, private, link-local, shared, multicast and reserved
 * ranges are refused, IPv4 written inside IPv6 too. The check runs on the address actually
 * connected to (undici's lookup hook), so a name that resolves to a public address when checked and
 * a private one when connected (DNS rebinding) is caught, and on every redirect.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) blocked.addSubnet(net, bits, 'ipv6');

/** The IPv4 address an IPv6 one carries (`::ffff:127.0.0.1`, `::ffff:7f00:1`, NAT64 `64:ff9b::7f00:1`), if any. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = lower.match(/^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) return dotted[1];
  const hex = lower.match(/^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!hex) return undefined;
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Whether an IP address (v4 or v6) is one the server must not fetch from. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    return v4 ? blocked.check(v4, 'ipv4') : blocked.check(bare, 'ipv6');
  }
  return true;
}

export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
  constructor(readonly host: string, readonly address: string) {
    super(`${host} is a private or local address (${address})`);
  }
}

/** A DNS lookup for undici's connector that answers only with public addresses, else fails with PrivateAddressError. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 4);
    const usable = addresses.filter((a) => !isPrivateAddress(a.address));
    if (!usable.length) return callback(new PrivateAddressError(hostname, addresses[0]?.address ?? 'no address'), '', 4);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
    return callback(null, usable[0]!.address, usable[0]!.family);
  });
};

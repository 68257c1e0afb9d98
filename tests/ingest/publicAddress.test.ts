/**
 * Which addresses the API may fetch from: every loopback, private, link-local and reserved form,
 * IPv4 carried inside IPv6 included, is refused; public addresses are not.
 */
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../ingest/read/publicAddress.ts';

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, shared, multicast and unspecified addresses in both families', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'fc12::1', 'ff02::1', '[::1]']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });

  it('refuses IPv4 loopback and metadata addresses written inside IPv6', () => {
    for (const a of ['::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '64:ff9b::10.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });

  it('lets public addresses through, IPv4 inside IPv6 included, and refuses what is not an address at all', () => {
    for (const a of ['8.8.8.8', '172.32.0.1', '193.0.14.129', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
    expect(isPrivateAddress('example.org')).toBe(true);
  });
});

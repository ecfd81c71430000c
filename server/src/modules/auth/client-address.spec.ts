import { addressKey } from './client-address';

describe('addressKey', () => {
  it('counts an IPv4 address as itself, also when mapped into IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts an IPv6 address as its /64 network, however it is written', () => {
    expect(addressKey('2001:db8:5:7::1')).toBe('2001:db8:5:7::/64');
    expect(addressKey('2001:0DB8:0005:0007:abcd:ef01:2345:6789')).toBe('2001:db8:5:7::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('64:ff9b:1:2::192.0.2.1')).toBe('64:ff9b:1:2::/64');
    expect(addressKey('2001:db8:5:8::1')).not.toBe(addressKey('2001:db8:5:7::1'));
  });

  it('counts a missing address as unknown', () => {
    expect(addressKey(null)).toBe('unknown');
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('')).toBe('unknown');
  });
});

import { addressHash, DEVICE_TOKEN_TTL_MS, feedbackKey, issueDeviceToken, newDeviceId, readDeviceToken } from './feedback-device';

describe('feedback device tokens', () => {
  const key = feedbackKey('a-server-secret-of-at-least-thirty-two-chars', 'device');
  const now = Date.UTC(2026, 3, 1, 2, 0, 0);
  const device = newDeviceId();

  it('reads back the device and issue time it signed, fresh until the TTL has passed', () => {
    const token = issueDeviceToken(key, device, now);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]{24}\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(readDeviceToken(key, token, now)).toEqual({ deviceId: device, issuedAtMs: now, expired: false });
    expect(readDeviceToken(key, token, now + DEVICE_TOKEN_TTL_MS)?.expired).toBe(false);
    expect(readDeviceToken(key, token, now + DEVICE_TOKEN_TTL_MS + 1000)).toEqual({ deviceId: device, issuedAtMs: now, expired: true });
  });

  it('refuses what it did not sign: another key, a changed device or time, a token from the future, junk', () => {
    const token = issueDeviceToken(key, device, now);
    const [v, , issued, sig] = token.split('.');
    const otherKey = feedbackKey('another-server-secret-of-thirty-two-chars', 'device');
    for (const forged of [
      issueDeviceToken(otherKey, device, now),
      issueDeviceToken(feedbackKey('a-server-secret-of-at-least-thirty-two-chars', 'address'), device, now),
      [v, newDeviceId(), issued, sig].join('.'),
      [v, device, String(Number(issued) + 3600), sig].join('.'),
      issueDeviceToken(key, device, now + 60 * 60_000),
      `${token}x`,
      token.replace(/^v1/, 'v2'),
      device,
      '',
      undefined,
    ]) {
      expect(readDeviceToken(key, forged, now)).toBeUndefined();
    }
  });

  it('hashes addresses with the key: the same address alike, another address or key differently', () => {
    const addressKey = feedbackKey('a-server-secret-of-at-least-thirty-two-chars', 'address');
    expect(addressHash(addressKey, '198.51.100.7')).toBe(addressHash(addressKey, '198.51.100.7'));
    expect(addressHash(addressKey, '198.51.100.8')).not.toBe(addressHash(addressKey, '198.51.100.7'));
    expect(addressHash(key, '198.51.100.7')).not.toBe(addressHash(addressKey, '198.51.100.7'));
  });
});

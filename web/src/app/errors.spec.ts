import { describe, expect, it } from 'vitest';
import { errorText, fieldErrors } from './errors';
import { ApiError } from './http';

describe('error messages', () => {
  it('translates a server code into plain Chinese', () => {
    expect(errorText(new ApiError(429, 'auth/locked', 'Too many wrong passwords'))).toContain('锁定');
    expect(errorText(new ApiError(429, 'auth/throttled', 'Sign-in is slowed down'))).toContain('请稍等几秒后重试');
    expect(errorText(new ApiError(422, 'org/move_into_own_subtree', 'x'))).toBe('不能将单位调整到其自身或其下级单位之下');
  });

  it('never shows server text or a stack for something unexpected', () => {
    expect(errorText(new Error('TypeError: cannot read properties of undefined'))).toBe('系统出现问题，请稍后重试或联系管理员');
  });

  it('maps field details for forms', () => {
    const err = new ApiError(400, 'common/validation_failed', 'x', [{ field: 'phone', message: 'bad phone' }]);
    expect(fieldErrors(err)).toEqual({ phone: 'bad phone' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});

import { maskEmail, maskName, maskPhone } from './masking';

describe('masking', () => {
  it('keeps the surname of a Chinese name only', () => {
    expect(maskName('张伟')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('张')).toBe('张*');
  });

  it('keeps the initials of a Latin name', () => {
    expect(maskName('Zhang Wei')).toBe('Z**** W**');
  });

  it('keeps the prefix and last four digits of a mobile number', () => {
    expect(maskPhone('13800001234')).toBe('138****1234');
    expect(maskPhone('+86 138-0000-1234')).toBe('861****1234');
    expect(maskPhone(null)).toBeNull();
  });

  it('never returns the full number or address', () => {
    for (const phone of ['13800001234', '0472-5123456', '12345']) expect(maskPhone(phone)).not.toContain(phone.replace(/\D/g, ''));
    expect(maskEmail('zhang.wei@example.com')).toBe('z***@example.com');
  });
});

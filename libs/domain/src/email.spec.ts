import { isEmailAddress, MAX_EMAIL, normaliseEmail } from './email';

describe('e-mail addresses', () => {
  it.each(['mette@hedensted.dk', 'Mette.Holm+kompas@Hedensted.DK', '  lars@skole.kommune.dk  ', "o'brien@example.org"])(
    'accepts %j',
    (address) => expect(isEmailAddress(address)).toBe(true),
  );

  it.each([
    '',
    'mette',
    'mette@',
    '@hedensted.dk',
    'mette@hedensted',
    'mette hansen@hedensted.dk',
    'mette@hedensted..dk',
    'mette@-hedensted.dk',
    'Mette <mette@hedensted.dk>',
    'mette@hedensted.dk\r\nBcc: alle@hedensted.dk',
    'a,b@hedensted.dk',
  ])('refuses %j', (address) => expect(isEmailAddress(address)).toBe(false));

  it('refuses an address longer than a mail server must accept', () => {
    const long = `${'a'.repeat(60)}@${Array.from({ length: 4 }, () => 'b'.repeat(60)).join('.')}.dk`;
    expect(long.length).toBeGreaterThan(MAX_EMAIL);
    expect(isEmailAddress(long)).toBe(false);
  });

  it('stores an address trimmed and in lower case, and an empty one as none', () => {
    expect(normaliseEmail('  Mette.Holm@Hedensted.DK ')).toBe('mette.holm@hedensted.dk');
    expect(normaliseEmail('')).toBeNull();
    expect(normaliseEmail('   ')).toBeNull();
    expect(normaliseEmail(null)).toBeNull();
  });
});

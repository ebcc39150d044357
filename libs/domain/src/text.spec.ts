import { hasVisibleText } from './text';

describe('hasVisibleText', () => {
  it('accepts a text with at least one visible character, in any script', () => {
    for (const text of ['Trivsel i skolen', ' x ', 'Æ', '学校', '🙂', '\u200bA\u200b', 'e\u0301']) expect(hasVisibleText(text)).toBe(true);
  });

  it('refuses texts that show nothing: empty, spaces, controls, zero-width and fillers', () => {
    for (const text of [
      '',
      ' ',
      '\t\n',
      '\u00a0',
      '\u200b',
      '\u200b\u200c\u200d\u2060\ufeff',
      '\u0000\u0007',
      '\u202e',
      '\u0301',
      '\u3164',
      '\u2800',
    ])
      expect(hasVisibleText(text)).toBe(false);
    for (const notText of [null, undefined, 3, ['a']]) expect(hasVisibleText(notText)).toBe(false);
  });
});

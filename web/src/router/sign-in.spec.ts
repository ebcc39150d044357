import { returnPathOf, safeReturnPath, signInAddress } from './sign-in';

describe('the sign-in address', () => {
  it('keeps where the user was going, and returns there', () => {
    const address = signInAddress('/plans/p1/nodes/n1?committee=c1');
    expect(address).toBe('/sign-in?next=%2Fplans%2Fp1%2Fnodes%2Fn1%3Fcommittee%3Dc1');
    expect(returnPathOf(new URL(address, 'http://x').search)).toBe('/plans/p1/nodes/n1?committee=c1');
    expect(signInAddress('/')).toBe('/sign-in');
  });

  it('never returns to another site or to the sign-in page itself', () => {
    for (const next of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      'plans/p1',
      '/sign-in',
      '/sign-in?next=/x',
      '',
      null,
    ])
      expect(safeReturnPath(next)).toBe('/');
  });
});

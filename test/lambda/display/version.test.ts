import { documentVersionFor, NEWEST_APL_VERSION, OLDEST_APL_VERSION } from '../../../lambda/display/version';

describe('the APL version the trolley document is sent as', () => {
  it.each([
    ['1.4', '1.4'],
    ['1.6', '1.6'],
    ['1.8', '1.8'],
    ['1.9', '1.8'],
    ['2023.3', '1.8'],
    ['2024.2', '1.8'],
  ])('on a device whose APL goes up to %s is %s', (maxVersion, sent) => {
    expect(documentVersionFor(maxVersion)).toBe(sent);
  });

  it.each([['1.3'], ['1.0'], [undefined], [''], ['latest'], [2024.2]])(
    'is none on a device whose APL is too old, or unreadable: %p',
    (maxVersion) => {
      expect(documentVersionFor(maxVersion)).toBeUndefined();
    },
  );

  it('spans the versions the document was made for', () => {
    expect([documentVersionFor(OLDEST_APL_VERSION), documentVersionFor(NEWEST_APL_VERSION)]).toEqual(['1.4', '1.8']);
  });
});

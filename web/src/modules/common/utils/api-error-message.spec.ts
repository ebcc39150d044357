import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { ApiRequestError } from '../../api/client';
import { apiErrorMessage } from './api-error-message';

const refusal = new ApiRequestError({
  statusCode: 403,
  code: 'forbidden',
  message: 'This action belongs to a unit you do not manage.',
  details: [],
  reason: { code: 'other_unit', params: { unitId: 'u1' } },
});

describe('a refusal in words', () => {
  beforeAll(() => initI18n('da'));
  afterAll(() => i18next.changeLanguage('da'));

  it('is Danish in the Danish app, not the server’s English', async () => {
    await i18next.changeLanguage('da');
    const words = apiErrorMessage(refusal, i18next.t);
    expect(words).toBe('Det har du ikke ret til: Handlingen hører til en enhed, du ikke er leder af.');
    expect(words).not.toMatch(/belongs|manage/);
  });

  it('is English in the English app', async () => {
    await i18next.changeLanguage('en');
    expect(apiErrorMessage(refusal, i18next.t)).toBe('You may not do that: This action belongs to a unit you do not manage.');
  });

  it('keeps the server’s words when the answer gives no reason code', async () => {
    await i18next.changeLanguage('da');
    const bare = new ApiRequestError({ statusCode: 403, code: 'forbidden', message: 'Not today.', details: [] });
    expect(apiErrorMessage(bare, i18next.t)).toBe('Det har du ikke ret til: Not today.');
  });
});

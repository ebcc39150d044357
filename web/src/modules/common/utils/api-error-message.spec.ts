import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import { apiErrorMessage, fieldErrorMessage } from './api-error-message';

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

  it('names the unit when the page knows its name', async () => {
    await i18next.changeLanguage('da');
    const names = { committees: new Map(), units: new Map([['u1', 'Skoledistrikt Juelsminde']]) };
    expect(apiErrorMessage(refusal, i18next.t, names)).toBe(
      'Det har du ikke ret til: Handlingen hører til Skoledistrikt Juelsminde, som du ikke er leder af.',
    );
    await i18next.changeLanguage('en');
    expect(apiErrorMessage(refusal, i18next.t, names)).toBe(
      'You may not do that: This action belongs to Skoledistrikt Juelsminde, which you do not manage.',
    );
  });

  it('is English in the English app', async () => {
    await i18next.changeLanguage('en');
    expect(apiErrorMessage(refusal, i18next.t)).toBe('You may not do that: This action belongs to a unit you do not manage.');
  });

  it('never shows the server’s English, even when the answer gives no reason code or one this app does not know', async () => {
    await i18next.changeLanguage('da');
    const bare = new ApiRequestError({ statusCode: 403, code: 'forbidden', message: 'Not today.', details: [] });
    expect(apiErrorMessage(bare, i18next.t)).toBe('Det har du ikke ret til.');
    const unknown = new ApiRequestError({
      statusCode: 403,
      code: 'forbidden',
      message: 'This focus area belongs to a committee you are not a member of.',
      details: [],
      reason: { code: 'some_future_code' as never, params: {} },
    });
    expect(apiErrorMessage(unknown, i18next.t)).toBe('Det har du ikke ret til.');
    const newCode = new ApiRequestError({
      statusCode: 409,
      code: 'some_future_conflict',
      message: 'Something is in the way.',
      details: [],
    });
    expect(apiErrorMessage(newCode, i18next.t)).not.toMatch(/Something|way/);
    expect(apiErrorMessage(newCode, i18next.t)).toContain('409');
  });
});

describe('a failure in words', () => {
  beforeAll(() => initI18n('da'));

  it('calls a server error a server error, and only a missing answer a lost connection', () => {
    const crash = new ApiRequestError({ statusCode: 500, code: 'internal_error', message: 'Internal error.', details: [] });
    expect(apiErrorMessage(crash, i18next.t)).toBe('Der skete en fejl på serveren.');
    expect(apiErrorMessage(crash, i18next.t)).not.toMatch(/forbindelse|svarer ikke/);
    const gateway = new ApiRequestError({ statusCode: 502, code: 'service_unavailable', message: 'Bad Gateway', details: [] });
    expect(apiErrorMessage(gateway, i18next.t)).not.toMatch(/forbindelse/);
    expect(apiErrorMessage(new ApiUnreachableError(), i18next.t)).toBe('Kompas-serveren svarer ikke. Tjek forbindelsen og prøv igen.');
  });

  it('words a field’s problem by its code, the refusal’s code, or plainly; never in the server’s English', () => {
    const refusal = (code: string, detail: string) =>
      new ApiRequestError({
        statusCode: 409,
        code,
        message: 'English words.',
        details: [{ field: 'id', code: detail, message: 'English words' }],
      });
    const t = i18next.t;
    expect(fieldErrorMessage({ code: 'max_length' }, refusal('validation_failed', 'max_length'), t)).toBe('Teksten er for lang.');
    expect(fieldErrorMessage({ code: 'in_use' }, refusal('in_use', 'in_use'), t)).toBe('Det er i brug og kan ikke slettes.');
    expect(fieldErrorMessage({ code: 'whatever' }, refusal('observation_exists', 'whatever'), t)).toBe(
      'Der er allerede en måling for perioden — ret den i stedet.',
    );
    expect(fieldErrorMessage({ code: 'whatever' }, refusal('validation_failed', 'whatever'), t)).toBe('Værdien er ikke gyldig.');
  });
});

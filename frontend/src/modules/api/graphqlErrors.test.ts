import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import { fieldErrors, generalErrorMessage, isForbidden } from './graphqlErrors';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('fieldErrors', () => {
  const translated = async (lng: string) => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
    return i18n.t.bind(i18n) as TFunction;
  };

  it("words a business-rule error from its reason and value in the user's language", async () => {
    const error = {
      message: 'name: another segment of this workspace is called CIOs',
      extensions: { code: 'DUPLICATE', field: 'name', reason: 'NAME_TAKEN', value: 'CIOs' },
    };
    expect(fieldErrors([error], await translated('uk'))).toEqual({
      name: 'Назва «CIOs» у цьому просторі вже зайнята.',
    });
    expect(fieldErrors([error], await translated('en'))).toEqual({
      name: 'The name “CIOs” is already taken in this workspace.',
    });
  });

  it("keeps the server's English for a reason this client does not know yet", async () => {
    const error = {
      message: 'name: something new',
      extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'SOMETHING_NEW' },
    };
    expect(fieldErrors([error], await translated('pl'))).toEqual({ name: 'name: something new' });
  });

  it('words known constraints from their template and attributes, and keeps other messages', async () => {
    const violation = (field: string, message: string, constraint: object) => ({
      message,
      propertyPath: ['createSegment', 'input', field],
      constraint,
    });
    const errors = [
      {
        message: 'validation failed',
        extensions: {
          violations: [
            violation('reactionWeight', 'must be less than or equal to 1', {
              message: '{jakarta.validation.constraints.DecimalMax.message}',
              value: '1',
              inclusive: true,
            }),
            violation('name', 'size must be between 0 and 100', {
              message: '{jakarta.validation.constraints.Size.message}',
              min: 0,
              max: 100,
            }),
            violation('externalId', 'size must be between 1 and 200', {
              message: '{jakarta.validation.constraints.Size.message}',
              min: 1,
              max: 200,
            }),
            violation('profile', 'must not contain a NUL character', {
              message: '{resonance.validation.storableText}',
            }),
            violation('significance', 'a custom message', { message: 'a custom message' }),
            violation('email', 'must be a well-formed email address', {
              message: '{jakarta.validation.constraints.Email.message}',
            }),
            violation('phone', 'may hold only digits, spaces and + ( ) - . /', {
              message: '{resonance.validation.phone}',
            }),
          ],
        },
      },
    ];
    expect(fieldErrors(errors, await translated('pl'))).toEqual({
      reactionWeight: 'Musi wynosić najwyżej 1.',
      name: 'Maksymalnie 100 znaków.',
      externalId: 'Dozwolone od 1 do 200 znaków.',
      profile: 'Usuń znak NUL: tekst nie może go zawierać.',
      significance: 'a custom message',
      email: 'Wpisz adres e-mail, np. name@example.com.',
      phone: 'Używaj tylko cyfr, spacji i znaków + ( ) - . /',
    });
  });

  it('knows every reason the API sends (InvalidInput.Reason)', () => {
    const source = readFileSync(
      new URL('../../../../backend/src/main/java/app/resonance/common/error/InvalidInput.java', import.meta.url),
      'utf8',
    );
    const reasons =
      /enum Reason \{([^}]*)\}/
        .exec(source)?.[1]
        .split(',')
        .map((name) => name.trim()) ?? [];
    expect(reasons.length).toBeGreaterThan(10);
    const known = Object.keys((resources.en.translation as { errors: { reasons: object } }).errors.reasons);
    expect(known.sort()).toEqual(reasons.sort());
  });

  it('maps a BAD_USER_INPUT error to its named field', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Name must not be blank', { extensions: { code: 'BAD_USER_INPUT', field: 'name' } }),
      ],
    });
    expect(fieldErrors(error, t)).toEqual({ name: 'Name must not be blank' });
  });

  it('maps Bean Validation violations by the last segment of the property path', () => {
    const errors = [
      {
        message: 'validation failed',
        extensions: {
          classification: 'ValidationError',
          violations: [
            {
              message: 'size must be between 1 and 100',
              propertyPath: ['createWorkspace', 'input', 'name'],
              invalidValue: '',
            },
            { message: 'must not be blank', propertyPath: ['addMember', 'username'] },
          ],
        },
      },
    ];
    expect(fieldErrors(errors, t)).toEqual({
      name: 'size must be between 1 and 100',
      username: 'must not be blank',
    });
  });

  it('accepts a dotted string property path too', () => {
    const errors = [
      {
        message: 'x',
        extensions: { violations: [{ message: 'too long', propertyPath: 'renameWorkspace.input.name' }] },
      },
    ];
    expect(fieldErrors(errors, t)).toEqual({ name: 'too long' });
  });

  it('keeps the first message when a field has several', () => {
    const errors = [
      { message: 'first', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
      { message: 'second', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
    ];
    expect(fieldErrors(errors, t)).toEqual({ name: 'first' });
  });

  it('ignores errors that name no field', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(fieldErrors(error, t)).toEqual({});
    expect(fieldErrors(undefined, t)).toEqual({});
  });
});

describe('generalErrorMessage', () => {
  it('explains a FORBIDDEN error', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(isForbidden(error)).toBe(true);
    expect(generalErrorMessage(error, t)).toBe('errors.forbidden');
  });

  it('words a request the server refused as a whole from its code', () => {
    const limited = [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfter: 3 } }];
    expect(generalErrorMessage(limited, t)).toBe('errors.codes.RATE_LIMITED {"retryAfter":3}');
    const complex = [{ message: 'The request asks for 40020 cost points', extensions: { code: 'QUERY_TOO_COMPLEX' } }];
    expect(generalErrorMessage(complex, t)).toBe('errors.codes.QUERY_TOO_COMPLEX {"retryAfter":1}');
  });

  it('reports a network failure as such', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(generalErrorMessage(error, t)).toBe('errors.network');
  });

  it('says nothing more when every error is already shown on a field', () => {
    const errors = [{ message: 'too long', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }];
    expect(generalErrorMessage(errors, t, fieldErrors(errors, t))).toBeUndefined();
  });

  it('passes other server messages through', () => {
    const errors = [{ message: 'Workspace not found' }];
    expect(generalErrorMessage(errors, t)).toBe('errors.unknown {"message":"Workspace not found"}');
  });
});

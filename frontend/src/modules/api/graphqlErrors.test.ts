import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { fieldErrors, generalErrorMessage, isForbidden } from './graphqlErrors';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('fieldErrors', () => {
  it('maps a BAD_USER_INPUT error to its named field', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Name must not be blank', { extensions: { code: 'BAD_USER_INPUT', field: 'name' } }),
      ],
    });
    expect(fieldErrors(error)).toEqual({ name: 'Name must not be blank' });
  });

  it('maps Bean Validation violations by the last segment of the property path', () => {
    const errors = [
      {
        message: 'validation failed',
        extensions: {
          classification: 'ValidationError',
          violations: [
            { message: 'size must be between 1 and 100', propertyPath: ['createWorkspace', 'input', 'name'], invalidValue: '' },
            { message: 'must not be blank', propertyPath: ['addMember', 'username'] },
          ],
        },
      },
    ];
    expect(fieldErrors(errors)).toEqual({
      name: 'size must be between 1 and 100',
      username: 'must not be blank',
    });
  });

  it('accepts a dotted string property path too', () => {
    const errors = [{ message: 'x', extensions: { violations: [{ message: 'too long', propertyPath: 'renameWorkspace.input.name' }] } }];
    expect(fieldErrors(errors)).toEqual({ name: 'too long' });
  });

  it('keeps the first message when a field has several', () => {
    const errors = [
      { message: 'first', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
      { message: 'second', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
    ];
    expect(fieldErrors(errors)).toEqual({ name: 'first' });
  });

  it('ignores errors that name no field', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(fieldErrors(error)).toEqual({});
    expect(fieldErrors(undefined)).toEqual({});
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

  it('reports a network failure as such', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(generalErrorMessage(error, t)).toBe('errors.network');
  });

  it('says nothing more when every error is already shown on a field', () => {
    const errors = [{ message: 'too long', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }];
    expect(generalErrorMessage(errors, t, fieldErrors(errors))).toBeUndefined();
  });

  it('passes other server messages through', () => {
    const errors = [{ message: 'Workspace not found' }];
    expect(generalErrorMessage(errors, t)).toBe('errors.unknown {"message":"Workspace not found"}');
  });
});

import { describe, expect, it } from 'vitest';
import { passcodeConfirmationError, passcodeError } from '../../src/domain/passcode';

describe('a passcode', () => {
  it('must be given', () => {
    expect(passcodeError('')).toBe('Enter a passcode');
    expect(passcodeError('      ')).toBe('Enter a passcode');
  });

  it('must be 6 characters or more, counted as a person counts them', () => {
    expect(passcodeError('12345')).toBe('Passcode must be 6 characters or more');
    expect(passcodeError('123456')).toBeUndefined();
    // Five letters, one of them accented and typed as a letter and a mark: still five.
    expect(passcodeError('Zoe\u0308y')).toBe('Passcode must be 6 characters or more');
    expect(passcodeError('🔑🔑🔑🔑🔑')).toBe('Passcode must be 6 characters or more');
  });

  it('welcomes a passphrase, with no rule about kinds of character', () => {
    expect(passcodeError('blue kettle on the hob')).toBeUndefined();
    expect(passcodeError('abcdef')).toBeUndefined();
  });

  it('is typed twice when set, and the two must match', () => {
    expect(passcodeConfirmationError('blue kettle', '')).toBe('Enter your new passcode again');
    expect(passcodeConfirmationError('blue kettle', 'blue kettel')).toBe('The passcodes do not match');
    expect(passcodeConfirmationError('Zoë kettle', 'Zoe\u0308 kettle')).toBeUndefined();
  });
});

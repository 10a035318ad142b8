import { afterEach, describe, expect, it, vi } from 'vitest';
import { onStartHintChange, readStartHint, saveStartHint } from '../../src/data/start-hint';

afterEach(() => localStorage.removeItem('fostering:start'));

describe('the start hint', () => {
  it('gives back what was kept, with or without a user', () => {
    saveStartHint({ carerMode: false, user: { id: 's-1', name: 'Testy McWorker' } });
    expect(readStartHint()).toEqual({ carerMode: false, user: { id: 's-1', name: 'Testy McWorker' } });
    saveStartHint({ carerMode: true });
    expect(readStartHint()).toEqual({ carerMode: true });
  });

  it('keeps nothing for a device with passcodes', () => {
    saveStartHint({ carerMode: false, user: { id: 's-1', name: 'Testy McWorker' } });
    saveStartHint(undefined);
    expect(localStorage.getItem('fostering:start')).toBeNull();
    expect(readStartHint()).toBeUndefined();
  });

  it.each([
    ['not JSON', '{carerMode'],
    ['null', 'null'],
    ['a list', '[]'],
    ['carer mode missing', '{"user":{"id":"s-1","name":"A"}}'],
    ['carer mode as text', '{"carerMode":"false"}'],
    ['a user with no name', '{"carerMode":false,"user":{"id":"s-1","name":""}}'],
    ['a user that is text', '{"carerMode":false,"user":"Testy"}'],
  ])('reads %s as no hint, so the start waits for the database', (_, stored) => {
    localStorage.setItem('fostering:start', stored);
    expect(readStartHint()).toBeUndefined();
  });

  it('keeps only the fields it knows', () => {
    localStorage.setItem('fostering:start', '{"carerMode":false,"user":{"id":"s-1","name":"A","extra":1},"other":true}');
    expect(readStartHint()).toEqual({ carerMode: false, user: { id: 's-1', name: 'A' } });
  });

  it('tells this tab when another tab changes it, and only then', () => {
    const changed = vi.fn();
    const stop = onStartHintChange(changed);
    dispatchEvent(new StorageEvent('storage', { key: 'fostering:tab' }));
    expect(changed).not.toHaveBeenCalled();
    dispatchEvent(new StorageEvent('storage', { key: 'fostering:start' }));
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    dispatchEvent(new StorageEvent('storage', { key: 'fostering:start' }));
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

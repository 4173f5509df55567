// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './use-controllable';

describe('useControllableState', () => {
  it('uncontrolled: starts at the default, keeps what is set, and reports it', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ value: undefined, defaultValue: 'a', onChange }),
    );
    expect(result.current[0]).toBe('a');
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('controlled: shows the host value, reports a change and waits for the host', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ value, defaultValue: 'a', onChange }),
      { initialProps: { value: 'x' as string | undefined } },
    );
    expect(result.current[0]).toBe('x');
    act(() => result.current[1]('y'));
    expect(onChange).toHaveBeenCalledWith('y');
    expect(result.current[0]).toBe('x');
    rerender({ value: 'y' });
    expect(result.current[0]).toBe('y');
    // A host that stops passing a value after the first render: the default, never undefined.
    rerender({ value: undefined });
    expect(result.current[0]).toBe('a');
  });
});

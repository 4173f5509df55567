'use client';
import { useCallback, useState } from 'react';

/**
 * A value the host may control (`value` with `onChange`) or leave to the component (`defaultValue`,
 * still reported through `onChange`), as Radix and React Aria do. Whether it is controlled is
 * decided by the first render, as React's own inputs decide it.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: {
  value: T | undefined;
  defaultValue: T;
  onChange: ((next: T) => void) | undefined;
}): [T, (next: T) => void] {
  const [controlled] = useState(value !== undefined);
  const [own, setOwn] = useState(defaultValue);
  const current = controlled ? (value ?? defaultValue) : own;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, set];
}

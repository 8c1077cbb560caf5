import { useCallback, useState } from 'react';

/**
 * Whether an element is narrower than `width` CSS pixels, following its size as it changes. The space a
 * page gets depends on the viewport and on whether the navigation drawer sits beside it, so layouts that
 * must fit measure their own box rather than the viewport. Returns a callback ref for the element.
 */
export function useIsNarrowerThan<T extends HTMLElement>(
  width: number,
): [narrower: boolean, ref: (element: T | null) => void] {
  const [narrower, setNarrower] = useState(() => typeof window !== 'undefined' && window.innerWidth < width);
  const ref = useCallback(
    (element: T | null) => {
      if (!element) return;
      const observer = new ResizeObserver(([entry]) => {
        if (entry) setNarrower(entry.contentRect.width < width);
      });
      observer.observe(element);
      setNarrower(element.getBoundingClientRect().width < width);
      // React 19 runs a callback ref's returned function when the element goes away.
      return () => observer.disconnect();
    },
    [width],
  );
  return [narrower, ref];
}

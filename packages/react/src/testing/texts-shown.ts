/**
 * Every text `container` showed, in order, from now on: its text at the start and after each
 * change. For tests that a view never showed a text on its way (bokmål while nynorsk loads).
 */
export function textsShown(container: HTMLElement) {
  const seen: string[] = [container.textContent ?? ''];
  const observer = new MutationObserver(() => seen.push(container.textContent ?? ''));
  observer.observe(container, { subtree: true, childList: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

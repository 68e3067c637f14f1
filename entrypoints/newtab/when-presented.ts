const IDENTIFIER = 'first-paint';
/** Where Element Timing is missing or the page is not shown, the live part waits no longer. */
const LONGEST_WAIT_MS = 1000;

/**
 * Resolves once `element` is on screen: presented, not merely laid out. A frame's main-thread
 * part ends well before its tiles are rastered and shown; code started in between (the live
 * part's chunk, its database) takes the two cores raster needs and holds the paint back. Element
 * Timing reports the presentation itself; without it (Firefox), the frame after the next one.
 */
export function whenPresented(element: Element | null): Promise<void> {
  return new Promise((presented) => {
    const afterNextFrame = () => requestAnimationFrame(() => setTimeout(presented));
    if (!element || !PerformanceObserver.supportedEntryTypes?.includes('element')) {
      afterNextFrame();
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(fallback);
      presented();
    };
    // Only `element` carries the attribute, so any entry is its paint.
    const observer = new PerformanceObserver(done);
    const fallback = setTimeout(done, LONGEST_WAIT_MS);
    element.setAttribute('elementtiming', IDENTIFIER);
    observer.observe({ type: 'element', buffered: true });
  });
}

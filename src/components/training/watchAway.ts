// Tells a figure when it is far off screen or its tab is hidden, so its runs hold instead of training
// where nobody sees them (on a phone, four figures' models once trained at once).

/** Away means more than `margin` from the viewport (default: a screen height above or below), or the tab hidden. */
export function watchAway(el: Element, onAway: (away: boolean) => void, margin = '100% 0px'): () => void {
  let offScreen = false;
  const tell = () => onAway(offScreen || document.hidden);
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1];
      if (!last) return;
      offScreen = !last.isIntersecting;
      tell();
    },
    { rootMargin: margin },
  );
  observer.observe(el);
  document.addEventListener('visibilitychange', tell);
  return () => {
    observer.disconnect();
    document.removeEventListener('visibilitychange', tell);
  };
}

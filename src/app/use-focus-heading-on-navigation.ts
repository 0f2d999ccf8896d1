import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type RefObject } from 'react';

/** How long a page may take to show its heading (a suspending component) before we give up. */
const HEADING_WAIT_MS = 5000;

function focusHeading(heading: HTMLElement): void {
  // Focusable from script only: the heading is no Tab stop, and app.css hides its outline.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  // Scroll position is the router's (scroll restoration), not focus's.
  heading.focus({ preventScroll: true });
}

function nothingFocused(container: HTMLElement): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === container;
}

/**
 * The control the user activated is still on the page (a record's tab, say): focus stays on
 * it, as it would for in-page tabs. A link or button that the navigation removed (a row's link,
 * a form's Save) has dropped focus on the body, and a navigation link sits outside `main`.
 */
function focusSurvivedInPage(container: HTMLElement): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement &&
    active !== container &&
    active.isConnected &&
    container.contains(active)
  );
}

function focusHeadingWhenShown(container: HTMLElement): (() => void) | undefined {
  const heading = container.querySelector('h1');
  if (heading) {
    focusHeading(heading);
    return undefined;
  }
  const observer = new MutationObserver(() => {
    const shown = container.querySelector('h1');
    if (!shown) return;
    observer.disconnect();
    // Meanwhile the user may have moved on: never take focus from what they chose.
    if (nothingFocused(container)) focusHeading(shown);
  });
  observer.observe(container, { childList: true, subtree: true });
  const timer = window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

/**
 * After a navigation to another page (a new pathname, not a search or paging change), moves
 * keyboard focus to the page's main heading in `container`, so a screen reader announces the new
 * page and Tab continues from its top; after a save the app navigates to the saved record, so
 * focus lands on its heading.
 *
 * The first page the layout shows (after sign-in, or a reload) is left alone: the browser has
 * just loaded a document and starts at its top, where the skip link is the first Tab stop;
 * taking focus there would skip that link and announce nothing new.
 */
export function useFocusHeadingOnNavigation(container: RefObject<HTMLElement | null>): void {
  // The rendered leaf match changes when the new page is committed, not when navigation starts.
  const pathname = useRouterState({ select: (state) => state.matches.at(-1)?.pathname });
  const shownPathname = useRef(pathname);
  useEffect(() => {
    const previous = shownPathname.current;
    shownPathname.current = pathname;
    const element = container.current;
    if (previous === pathname || !element || focusSurvivedInPage(element)) return undefined;
    return focusHeadingWhenShown(element);
  }, [pathname, container]);
}

"use client";
/**
 * Load a component for a form far below the first screen (docs/decisions/0011) when its place on the
 * page comes near the screen (600 px ahead). Its code is not in the first-load JavaScript and does
 * not run at all for someone who never goes there (loading it when the page is idle was tried: it
 * cost /mijn-organisatie 6 Lighthouse points, zod and react-hook-form evaluating during start-up).
 * Scrolling or tabbing towards it starts the load in time. A plain dynamic import(), not
 * next/dynamic, so Next.js does not preload the chunk with the page.
 */
import { useEffect, useRef, useState, type ComponentType } from "react";

export function useLoadWhenNear<P>(load: () => Promise<ComponentType<P>>) {
  const ref = useRef<HTMLDivElement>(null);
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  const loadRef = useRef(load);
  useEffect(() => {
    let live = true;
    const start = () =>
      loadRef.current().then(
        (c) => live && setComponent(() => c),
        () => live && setFailed(true),
      );
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { rootMargin: "600px 0px" },
    );
    if (ref.current) observer.observe(ref.current);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, []);
  return { ref, Component, failed };
}

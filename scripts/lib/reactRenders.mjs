// In the page (page.addInitScript): React's commits and which components rendered in them, for the
// profiling scripts (scripts/profile-typing.mjs, scripts/profile-report.mjs).
/* global window -- countReactRenders runs in the page */

/**
 * In the page, before React loads: a DevTools hook that counts commits and, per commit, the
 * components that rendered in it (the walk React DevTools makes: a subtree whose child list is
 * the one already committed was bailed out; a function component that ran has PerformedWork).
 */
export function countReactRenders() {
  window.__renders = { commits: 0, components: {} }
  const named = (fiber) => {
    const type = fiber.type
    if (!type) return null
    const inner = type.render ?? type.type ?? type
    return inner.displayName ?? inner.name ?? null
  }
  // FunctionComponent 0, ClassComponent 1, ForwardRef 11, MemoComponent 14, SimpleMemoComponent 15.
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15])
  const PERFORMED_WORK = 1
  const walk = (next, prev) => {
    if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) !== 0)) {
      const name = named(next) ?? `(tag ${next.tag})`
      window.__renders.components[name] = (window.__renders.components[name] ?? 0) + 1
    }
    if (prev !== null && next.child === prev.child) return
    for (let child = next.child; child !== null; child = child.sibling) walk(child, child.alternate)
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      window.__renders.commits += 1
      const current = root.current
      if (current.alternate !== null) walk(current, current.alternate)
    },
  }
}

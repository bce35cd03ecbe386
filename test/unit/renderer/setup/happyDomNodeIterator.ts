/**
 * happy-dom's NodeIterator loses its place when the node it stands on is removed (it has no
 * "pre-removing steps"), so a walk that removes nodes as it goes, as DOMPurify's does, stops early
 * and leaves everything after the first removed node unsanitised (capricorn86/happy-dom#1810).
 * Browsers follow the DOM standard; this iterator does too, for the one method DOMPurify uses,
 * by remembering the node before the reference node and resuming from it if the reference is gone.
 */
export function installNodeIteratorFix(): () => void {
  if (nodeIteratorSurvivesRemoval()) return () => undefined
  // Patched where `document` finds it (happy-dom defines it below Document.prototype).
  let owner: object | null = document
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'createNodeIterator')) owner = Object.getPrototypeOf(owner) as object | null
  const target = owner ?? Document.prototype
  const original = Object.getOwnPropertyDescriptor(target, 'createNodeIterator')
  Object.defineProperty(target, 'createNodeIterator', {
    configurable: true,
    writable: true,
    value: function createNodeIterator(root: Node, whatToShow: number = 0xffffffff, filter: NodeFilter | null = null): NodeIterator {
      return new RemovalSafeNodeIterator(root, whatToShow, filter) as unknown as NodeIterator
    },
  })
  return () => {
    if (original) Object.defineProperty(target, 'createNodeIterator', original)
    else Reflect.deleteProperty(target, 'createNodeIterator')
  }
}

function nodeIteratorSurvivesRemoval(): boolean {
  const root = document.createElement('div')
  root.innerHTML = '<i></i><b></b>'
  const iterator = document.createNodeIterator(root, NodeFilter.SHOW_ELEMENT)
  iterator.nextNode() // the root
  iterator.nextNode()?.parentNode?.removeChild(root.firstChild as Node)
  return iterator.nextNode()?.nodeName === 'B'
}

class RemovalSafeNodeIterator {
  private reference: Node | null = null
  private before: Node | null = null

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    readonly filter: NodeFilter | null,
  ) {}

  nextNode(): Node | null {
    let node: Node | null
    if (this.reference === null) {
      if (this.accepts(this.root)) return this.moveTo(this.root)
      node = this.root
    } else if (this.root.contains(this.reference)) {
      node = this.reference
    } else if (this.before !== null && this.root.contains(this.before)) {
      node = this.before
    } else {
      return null
    }
    while ((node = following(node, this.root)) !== null) {
      if (this.accepts(node)) return this.moveTo(node)
    }
    return null
  }

  previousNode(): Node | null {
    throw new Error('previousNode is not supported by the test NodeIterator')
  }

  detach(): void {}

  private moveTo(node: Node): Node {
    this.reference = node
    this.before = preceding(node, this.root)
    return node
  }

  private accepts(node: Node): boolean {
    if (((1 << (node.nodeType - 1)) & this.whatToShow) === 0) return false
    if (this.filter === null) return true
    const verdict = typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node)
    return verdict === NodeFilter.FILTER_ACCEPT
  }
}

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild
  let current: Node | null = node
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling
    current = current.parentNode
  }
  return null
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null
  let previous = node.previousSibling
  if (!previous) return node.parentNode
  while (previous.lastChild) previous = previous.lastChild
  return previous
}

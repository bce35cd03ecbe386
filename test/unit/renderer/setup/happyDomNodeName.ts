/**
 * happy-dom's `Node.prototype.nodeName` getter answers '' for every node (only the subclass
 * getters are right: capricorn86/happy-dom#2182). DOMPurify ≥ 3.4.8 reads tag names through that
 * un-clobberable prototype getter, so under happy-dom it would see nameless nodes and misfire.
 * Browsers get this right; this makes the test DOM do the same, and does nothing once happy-dom is
 * fixed. Installed for every renderer test by ./happyDom.ts.
 */
export function installNodeNameFix(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a getter, always called with .call
  const getter = descriptor?.get
  if (!descriptor || !getter || getter.call(document.createElement('p')) === 'P') return () => undefined
  Object.defineProperty(Node.prototype, 'nodeName', {
    ...descriptor,
    get(this: Node): string {
      switch (this.nodeType) {
        case Node.ELEMENT_NODE:
          return (this as Element).tagName
        case Node.TEXT_NODE:
          return '#text'
        case Node.CDATA_SECTION_NODE:
          return '#cdata-section'
        case Node.PROCESSING_INSTRUCTION_NODE:
          return (this as ProcessingInstruction).target
        case Node.COMMENT_NODE:
          return '#comment'
        case Node.DOCUMENT_NODE:
          return '#document'
        case Node.DOCUMENT_TYPE_NODE:
          return (this as DocumentType).name
        case Node.DOCUMENT_FRAGMENT_NODE:
          return '#document-fragment'
        default:
          return getter.call(this) as string
      }
    },
  })
  return () => Object.defineProperty(Node.prototype, 'nodeName', descriptor)
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSafeHref } from '../../../../shared/richText'
import {
  PASTE_ALLOWED_TAGS,
  resetPastePurifierForTests,
  sanitizePastedHtml,
} from '../../../../renderer/src/editor/sanitizePastedHtml'

beforeAll(() => resetPastePurifierForTests())
afterAll(() => resetPastePurifierForTests())

const ALLOWED_ATTRS = new Set(['href', 'start', 'data-pm-slice'])

/** The sanitised markup as a DOM, plus the invariants every output must keep. */
function clean(html: string): HTMLElement {
  const out = sanitizePastedHtml(html)
  const body = new DOMParser().parseFromString(out, 'text/html').body
  for (const el of Array.from(body.querySelectorAll('*'))) {
    expect(PASTE_ALLOWED_TAGS as readonly string[]).toContain(el.tagName.toLowerCase())
    for (const attr of Array.from(el.attributes)) {
      expect(ALLOWED_ATTRS.has(attr.name), `attribute ${attr.name} on <${el.tagName}>`).toBe(true)
      if (attr.name === 'href') expect(isSafeHref(attr.value)).toBe(true)
    }
  }
  expect(out).not.toMatch(/<script|<style|<iframe|<object|<embed|<svg|<img|<math|\son\w+=|javascript:|data:|style=|class=|\sid=/i)
  return body
}

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('sanitizePastedHtml: hostile markup', () => {
  it('removes <script> and its code, keeping the text around it', () => {
    const body = clean('<p>Before</p><script>alert(document.cookie)</script><p>After</p>')
    expect(text(body)).toBe('BeforeAfter')
    expect(body.innerHTML).not.toContain('alert')
  })

  it('removes images with event handlers', () => {
    const body = clean('<p>Rep did well<img src=x onerror="alert(1)"> today</p>')
    expect(body.querySelector('img')).toBeNull()
    expect(text(body)).toBe('Rep did well today')
  })

  it('strips event attributes from allowed tags', () => {
    const body = clean('<p onclick="alert(1)">Click <b onmouseover="alert(2)">me</b></p>')
    expect(body.querySelector('b')?.textContent).toBe('me')
    expect(body.innerHTML).not.toMatch(/on(click|mouseover)/)
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case with spaces', '  JaVaScRiPt:alert(1)'],
    ['a tab entity', 'java&#9;script:alert(1)'],
    ['a newline entity', 'java&#10;script:alert(1)'],
    ['hex entities', '&#x6A;avascript:alert(1)'],
    ['data: HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', '/settings'],
    ['an https URL with a space', 'https://exa mple.com'],
  ])('unlinks %s but keeps the link text', (_name, href) => {
    const body = clean(`<p><a href="${href}">the link</a></p>`)
    expect(text(body)).toBe('the link')
    expect(body.querySelector('a[href]')).toBeNull()
  })

  it('keeps http, https and mailto links', () => {
    const body = clean(
      '<p><a href="https://example.com/a?b=c">one</a> <a href="http://example.org">two</a> <a href="mailto:ana@example.com">three</a></p>',
    )
    expect(Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=c',
      'http://example.org',
      'mailto:ana@example.com',
    ])
  })

  it('removes iframes, objects, embeds, styles and SVG with their content', () => {
    const body = clean(
      '<p>Keep</p><iframe srcdoc="<script>alert(1)</script>"></iframe><object data="x.swf">fallback</object>' +
        '<embed src="x"><style>p { color: red } body { display: none }</style>' +
        '<svg onload="alert(1)"><a href="javascript:alert(2)"><text>svg text</text></a></svg>' +
        '<math><mi>x</mi></math><p>this</p>',
    )
    expect(text(body)).toBe('Keepthis')
  })

  it('removes a script hidden inside SVG', () => {
    // (happy-dom's parser also loses what follows such a script; browsers do not.)
    const body = clean('<p>Keep</p><svg><script>alert(2)</script></svg>')
    expect(text(body)).toBe('Keep')
  })

  it('does not let markup-looking text become markup', () => {
    const body = clean('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(body.querySelector('script')).toBeNull()
    expect(text(body)).toBe('<script>alert(1)</script>')
  })

  it('removes forms, inputs and buttons but keeps visible text', () => {
    const body = clean('<form action="https://evil.example"><p>Name</p><input value="x"><button formaction="javascript:alert(1)">Go</button></form>')
    expect(body.querySelector('form, input, button')).toBeNull()
    expect(text(body)).toBe('NameGo')
  })

  it('returns an empty string for empty input', () => {
    expect(sanitizePastedHtml('')).toBe('')
    expect(sanitizePastedHtml('   ')).toBe('')
  })
})

describe('sanitizePastedHtml: Word', () => {
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm} --></style>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Jane Manager</o:Author></o:DocumentProperties></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Call review</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:"Calibri",sans-serif;mso-fareast-font-family:Calibri'>Talked about pricing<o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Opened well<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New";mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Asked about budget<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Rushed the close<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><!--[endif]-->Prepare questions</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><!--[endif]-->Role-play<span style='display:none;mso-hide:all'>hidden text</span></p>
<!--EndFragment-->
</body></html>`

  it('drops <o:p>, mso styles, classes, the document properties and hidden text', () => {
    const body = clean(word)
    const out = body.innerHTML
    expect(out).not.toMatch(/o:p|mso|Mso|xml|Jane Manager|hidden text|Calibri/)
    expect(text(body)).toContain('Call review')
    expect(text(body)).toContain('Talked about pricing')
    expect(body.querySelector('b')?.textContent).toBe('Call review')
  })

  it('turns Word list paragraphs into nested bulleted and numbered lists without the hand-drawn markers', () => {
    const body = clean(word)
    const bullets = body.querySelector('ul')
    expect(bullets).not.toBeNull()
    const items = Array.from(bullets?.children ?? [])
    expect(items.map((li) => li.tagName)).toEqual(['LI', 'LI'])
    expect(items[0]?.firstChild?.textContent?.trim()).toBe('Opened well')
    expect(items[0]?.querySelector('ul > li')?.textContent?.trim()).toBe('Asked about budget')
    expect(text(items[1] as Element)).toBe('Rushed the close')
    const numbered = body.querySelector('ol')
    expect(Array.from(numbered?.children ?? []).map(text)).toEqual(['Prepare questions', 'Role-play'])
    expect(text(body)).not.toMatch(/·|\b1\.|\b2\./)
  })
})

describe('sanitizePastedHtml: Google Docs', () => {
  const docs =
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f0c2b1e-7fff-1a2b-3c4d-5e6f7a8b9c0d">' +
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">Strong opener</span>' +
    '<span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:normal;"> then </span>' +
    '<span style="font-weight:400;font-style:italic;">hesitated</span><span style="font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">underlined</span>' +
    '<span style="font-weight:400;text-decoration:line-through;">struck</span></p>' +
    '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Next step</span></p></li></ul>' +
    '<h4 dir="ltr"><span style="font-weight:400;">Small heading</span></h4>' +
    '</b><br class="Apple-interchange-newline">'

  it('unwraps the docs-internal-guid <b> so the whole paste does not turn bold', () => {
    const body = clean(docs)
    const bold = Array.from(body.querySelectorAll('b, strong')).map(text)
    expect(bold).toEqual(['Strong opener'])
  })

  it('unwraps the docs-internal-guid <b> even without its font-weight style', () => {
    const body = clean('<b id="docs-internal-guid-1"><p><span>plain</span></p></b>')
    expect(body.querySelector('b, strong')).toBeNull()
    expect(text(body)).toBe('plain')
  })

  it('turns styled spans into italic, underline and strike-through', () => {
    const body = clean(docs)
    expect(text(body.querySelector('em') as Element)).toBe('hesitated')
    expect(text(body.querySelector('u') as Element)).toBe('underlined')
    expect(text(body.querySelector('s') as Element)).toBe('struck')
  })

  it('keeps lists, folds h4 into h3 and drops the trailing interchange newline', () => {
    const body = clean(docs)
    expect(text(body.querySelector('ul > li') as Element)).toBe('Next step')
    expect(text(body.querySelector('h3') as Element)).toBe('Small heading')
    expect(body.querySelector('h4, br')).toBeNull()
  })
})

describe('sanitizePastedHtml: web pages and the editor itself', () => {
  it('gives each table cell its own block', () => {
    const body = clean('<table><thead><tr><th>Rep</th><th>Skill</th></tr></thead><tbody><tr><td>Ana</td><td>Discovery</td></tr></tbody></table>')
    expect(body.querySelector('table, tr, td, th, thead')).toBeNull()
    const cells = Array.from(body.querySelectorAll('div')).filter((d) => d.children.length === 0).map(text)
    expect(cells).toEqual(['Rep', 'Skill', 'Ana', 'Discovery'])
  })

  it('keeps a numeric list start and drops any other', () => {
    expect(clean('<ol start="3"><li>c</li></ol>').querySelector('ol')?.getAttribute('start')).toBe('3')
    expect(clean('<ol start="javascript:alert(1)"><li>c</li></ol>').querySelector('ol')?.hasAttribute('start')).toBe(false)
    expect(clean('<p start="3">x</p>').querySelector('p')?.hasAttribute('start')).toBe(false)
  })

  it("keeps ProseMirror's own data-pm-slice marker, but only in its exact shape", () => {
    const own = clean('<p data-pm-slice="1 1 [&quot;bulletList&quot;,null,&quot;listItem&quot;,null]">item</p>')
    expect(own.querySelector('p')?.getAttribute('data-pm-slice')).toBe('1 1 ["bulletList",null,"listItem",null]')
    const forged = clean('<p data-pm-slice="1 1 []&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">x</p>')
    expect(forged.querySelector('p')?.hasAttribute('data-pm-slice')).toBe(false)
    expect(clean('<p data-foo="1" aria-label="x">x</p>').querySelector('p')?.attributes.length).toBe(0)
  })
})

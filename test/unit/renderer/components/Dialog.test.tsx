import '../helpers/cleanup'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Dialog, useDiscardGuard } from '../../../../renderer/src/components/Dialog'

function Harness({ onClose = () => {} }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog
        open={open}
        title="Add a rep"
        onClose={() => {
          onClose()
          setOpen(false)
        }}
      >
        <input aria-label="Name" data-autofocus />
        <button type="button" onClick={() => setOpen(false)}>
          Done
        </button>
      </Dialog>
    </>
  )
}

/** A field that tells its dialog when something is typed in it. */
function GuardedField() {
  const [text, setText] = useState('')
  useDiscardGuard(text !== '')
  return <input aria-label="Notes" value={text} onChange={(e) => setText(e.target.value)} data-autofocus />
}

function dialogElement(): HTMLDialogElement {
  const dialog = document.querySelector('dialog')
  if (!dialog) throw new Error('no dialog')
  return dialog
}

describe('Dialog', () => {
  it('renders nothing inside until opened, then opens modally with focus on the marked field', () => {
    render(<Harness />)
    expect(dialogElement().open).toBe(false)
    expect(screen.queryByLabelText('Name')).toBeNull()

    const opener = screen.getByRole('button', { name: 'Open' })
    opener.focus()
    fireEvent.click(opener)

    expect(dialogElement().open).toBe(true)
    expect(dialogElement().getAttribute('aria-labelledby')).toBe(screen.getByRole('heading', { name: 'Add a rep' }).id)
    expect(document.activeElement).toBe(screen.getByLabelText('Name'))
  })

  it('gives the focus back to the opener when closed by its owner', () => {
    render(<Harness />)
    const opener = screen.getByRole('button', { name: 'Open' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))

    expect(dialogElement().open).toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('tells its owner when it closes itself (Escape) and returns the focus', () => {
    const onClose = vi.fn()
    render(<Harness onClose={onClose} />)
    const opener = screen.getByRole('button', { name: 'Open' })
    opener.focus()
    fireEvent.click(opener)

    // What the browser does on Escape: the dialog closes and fires "close".
    act(() => dialogElement().close())

    expect(onClose).toHaveBeenCalledTimes(1)
    expect(screen.queryByLabelText('Name')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('closes from its own Close button', () => {
    const onClose = vi.fn()
    render(<Harness onClose={onClose} />)
    fireEvent.click(screen.getByRole('button', { name: 'Open' }))
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(dialogElement().open).toBe(false)
  })

  it('asks before Escape or Close discards what was typed; "Keep editing" (or Escape again) keeps it, "Discard" closes', () => {
    const onClose = vi.fn()
    render(
      <Dialog open title="Log a session" onClose={onClose}>
        <GuardedField />
      </Dialog>,
    )
    const notes = screen.getByLabelText<HTMLInputElement>('Notes')
    const untouched = fireEvent.keyDown(notes, { key: 'Escape' })
    expect(untouched, 'nothing typed: the browser closes it as usual').toBe(true)
    expect(screen.queryByRole('alert')).toBeNull()

    fireEvent.change(notes, { target: { value: 'Held the silence' } })
    const escape = fireEvent.keyDown(notes, { key: 'Escape' })
    expect(escape, 'the browser is kept from closing the dialog').toBe(false)
    expect(screen.getByRole('alert').textContent).toContain('Discard what you typed?')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep editing' }))
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(document.activeElement).toBe(notes)
    expect(notes.value).toBe('Held the silence')

    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }))
    expect(onClose).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})

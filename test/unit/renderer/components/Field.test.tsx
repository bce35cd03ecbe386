import '../helpers/cleanup'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Field, FieldGroup } from '../../../../renderer/src/components/Field'

describe('Field', () => {
  it('labels its control and links the help text to it', () => {
    render(
      <Field label="Title" optional description="For example SDR.">
        {(control) => <input {...control} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Title (optional)' })
    expect(input.getAttribute('aria-invalid')).toBeNull()
    const describedBy = input.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe('For example SDR.')
  })

  it('marks the control invalid and reads the error with it', () => {
    render(
      <Field label="Name" required description="Full name." error="A name is required">
        {(control) => <input {...control} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Name' })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-required')).toBe('true')
    const texts = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(texts).toEqual(['Full name.', 'A name is required'])
  })

  it('gives each field its own ids', () => {
    render(
      <>
        <Field label="A">{(control) => <input {...control} />}</Field>
        <Field label="B">{(control) => <input {...control} />}</Field>
      </>,
    )
    expect(screen.getByLabelText('A').id).not.toBe(screen.getByLabelText('B').id)
  })
})

describe('FieldGroup', () => {
  it('names a group of choices by its legend and reads its error', () => {
    render(
      <FieldGroup legend="Stakes" error="Pick one">
        <label>
          <input type="radio" name="s" /> Sidewalk
        </label>
      </FieldGroup>,
    )
    const group = screen.getByRole('group', { name: 'Stakes' })
    expect(group.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Pick one')
  })
})

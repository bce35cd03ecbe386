import { describe, expect, it } from 'vitest'
import { ruleAllowsTakeover, shouldAskAboutSilence } from '../../../../../renderer/src/features/briefs/takeoverRule'

describe('does an intervention rule leave room to take over?', () => {
  it.each([
    'I will step in if needed',
    'Step in if the rep freezes',
    'Take over if pricing comes up',
    'I’ll take it over at the end',
    'Jump in when the CFO joins',
    'Close it if the rep hesitates',
    'Help close the deal if necessary',
    'Whenever needed',
    'Takeover only at the very end',
    'If needed',
  ])('yes: "%s"', (rule) => {
    expect(ruleAllowsTakeover(rule)).toBe(true)
  })

  it.each([
    'Only if the customer asks for terms outside our pricing policy',
    'Never step in unless legal terms come up',
    "I won't take over, whatever happens",
    'I will not jump in',
    'Do not close it for the rep',
    'Stay silent until the recap',
    '',
  ])('no: "%s"', (rule) => {
    expect(ruleAllowsTakeover(rule)).toBe(false)
  })

  it('treats missing rules as naming no takeover', () => {
    expect(ruleAllowsTakeover(null)).toBe(false)
    expect(ruleAllowsTakeover(undefined)).toBe(false)
  })
})

describe('when the plan asks what silence would cost', () => {
  it('asks on a sidewalk call with no rule or a rule that allows a takeover', () => {
    expect(shouldAskAboutSilence('sidewalk', '')).toBe(true)
    expect(shouldAskAboutSilence('sidewalk', '   ')).toBe(true)
    expect(shouldAskAboutSilence('sidewalk', null)).toBe(true)
    expect(shouldAskAboutSilence('sidewalk', 'Step in if needed')).toBe(true)
  })

  it('does not ask once the sidewalk rule is narrow', () => {
    expect(shouldAskAboutSilence('sidewalk', 'Only if legal terms come up')).toBe(false)
  })

  it('never asks on an interstate call, where stepping in can be justified', () => {
    expect(shouldAskAboutSilence('interstate', '')).toBe(false)
    expect(shouldAskAboutSilence('interstate', 'Step in if needed')).toBe(false)
  })
})

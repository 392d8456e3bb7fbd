import { describe, expect, it } from '@jest/globals'

import { dueState, readReviewCycles, reviewDue } from '../src/reviews/cycles'

describe('review cycles', () => {
  it('defaults to 180 days per collection, overridable one collection at a time', () => {
    expect(readReviewCycles({})).toEqual({ services: 180, 'policy-interpretations': 180 })
    expect(readReviewCycles({ REVIEW_CYCLE_DAYS_SERVICES: '90' })).toEqual({ services: 90, 'policy-interpretations': 180 })
    expect(readReviewCycles({ REVIEW_CYCLE_DAYS_POLICY_INTERPRETATIONS: '365' })['policy-interpretations']).toBe(365)
  })

  it.each(['0', '-5', '1.5', 'soon', '9999'])('rejects REVIEW_CYCLE_DAYS_SERVICES=%s with a clear message', (value) => {
    expect(() => readReviewCycles({ REVIEW_CYCLE_DAYS_SERVICES: value })).toThrow(
      `REVIEW_CYCLE_DAYS_SERVICES must be a whole number of days from 1 to 3650, not "${value}".`,
    )
  })

  it('computes the review-by date from the last review, an explicit date, or creation', () => {
    expect(reviewDue({ lastReviewedAt: '2026-01-01T00:00:00.000Z' }, 180)?.toISOString()).toBe('2026-06-30T00:00:00.000Z')
    expect(
      reviewDue({ lastReviewedAt: '2026-01-01T00:00:00.000Z', reviewBy: '2026-03-01T00:00:00.000Z' }, 180)?.toISOString(),
    ).toBe('2026-03-01T00:00:00.000Z')
    expect(reviewDue({ createdAt: '2026-01-01T00:00:00.000Z' }, 10)?.toISOString()).toBe('2026-01-11T00:00:00.000Z')
    expect(reviewDue({}, 180)).toBeNull()
  })

  it('tells overdue from due within 30 days', () => {
    const now = new Date('2026-11-26T00:00:00.000Z')
    expect(dueState(new Date('2026-11-25T00:00:00.000Z'), now)).toBe('overdue')
    expect(dueState(new Date('2026-12-20T00:00:00.000Z'), now)).toBe('due_soon')
    expect(dueState(new Date('2027-02-01T00:00:00.000Z'), now)).toBe('current')
  })
})

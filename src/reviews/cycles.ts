/** Review cycles of content that must stay true: how long a review holds, per collection; pure, so start-up can validate it. */
export const reviewedCollections = ['services', 'policy-interpretations'] as const
export type ReviewedCollection = (typeof reviewedCollections)[number]

/** Environment variables, as in process.env. */
type Env = Record<string, string | undefined>

const defaultCycleDays = 180
/** The dashboard lists what falls due within this many days. */
export const dueSoonDays = 30
const dayMs = 24 * 3600_000

/** REVIEW_CYCLE_DAYS_SERVICES, REVIEW_CYCLE_DAYS_POLICY_INTERPRETATIONS. */
export const cycleVariable = (collection: ReviewedCollection): string =>
  `REVIEW_CYCLE_DAYS_${collection.toUpperCase().replaceAll('-', '_')}`

/** Reads and checks every cycle; throws one clear message for a bad variable. */
export const readReviewCycles = (vars: Env = process.env): Record<ReviewedCollection, number> =>
  Object.fromEntries(
    reviewedCollections.map((collection) => {
      const name = cycleVariable(collection)
      const raw = vars[name]
      if (raw === undefined || raw === '') return [collection, defaultCycleDays]
      const days = Number(raw)
      if (!Number.isInteger(days) || days < 1 || days > 3650) {
        throw new Error(`${name} must be a whole number of days from 1 to 3650, not "${raw}".`)
      }
      return [collection, days]
    }),
  ) as Record<ReviewedCollection, number>

type Reviewable = { reviewBy?: string | null; lastReviewedAt?: string | null; createdAt?: string | null }

/**
 * The date a document must be reviewed by: the one an editor set, else the cycle after the last
 * review (a document never reviewed counts from when it was created).
 */
export const reviewDue = (doc: Reviewable, cycleDays: number): Date | null => {
  if (doc.reviewBy) return new Date(doc.reviewBy)
  const since = doc.lastReviewedAt ?? doc.createdAt
  return since ? new Date(new Date(since).getTime() + cycleDays * dayMs) : null
}

export type DueState = 'overdue' | 'due_soon' | 'current'

export const dueState = (due: Date | null, now = new Date()): DueState => {
  if (!due) return 'current'
  if (due.getTime() < now.getTime()) return 'overdue'
  return due.getTime() <= now.getTime() + dueSoonDays * dayMs ? 'due_soon' : 'current'
}

/** A duration in milliseconds from an environment variable, read at each call so it can be tuned live. */
export const envMs = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

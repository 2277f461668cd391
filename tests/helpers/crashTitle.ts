/** An English title as the crash test's publication stream writes it in a round. */
export function revised(title: string, round: number): string {
  return `${title.replace(/, revision \d+$/, '')}, revision ${round}`
}

/** The round a title of `revised` names (0 for the title it started from). */
export function revisionOf(title: string | null | undefined): number {
  const match = /, revision (\d+)$/.exec(title ?? '')
  return match ? Number(match[1]) : 0
}

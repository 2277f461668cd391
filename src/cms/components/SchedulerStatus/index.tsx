import type { TFunction } from '@payloadcms/translations'
import { Banner } from '@payloadcms/ui'
import type { Payload, ServerProps } from 'payload'

import type { SchedulerTexts } from '@/cms/i18n/scheduler'

import { FAILED_WITHIN_MS, OVERDUE_AFTER_MS, schedulerStatus, type SchedulerStatus } from './status'

type Key = `newsroom:${keyof SchedulerTexts}`

/** The texts come from i18n.translations (payload.config.ts); Payload types `t` for its own keys only. */
const textsOf = (i18n: ServerProps['i18n']) => i18n.t as unknown as TFunction<Key>

/** The status, or null when it cannot be read: a status box must never break the admin page. */
async function readStatus(payload: Payload): Promise<SchedulerStatus | null> {
  try {
    const status = await schedulerStatus(payload)
    return status.overdue > 0 || status.failed > 0 ? status : null
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not read the scheduled jobs for the admin warning' })
    return null
  }
}

/**
 * On the dashboard (`admin.components.beforeDashboard`): when scheduled jobs are overdue or have
 * failed, a warning with the counts and what to do. Nothing otherwise.
 */
export async function SchedulerWarning({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const status = await readStatus(payload)
  if (!status) return null
  const t = textsOf(i18n)
  return (
    <div role="alert" id="scheduler-warning" className="scheduler-warning" style={{ marginBottom: 'var(--base)' }}>
      <Banner type="warning">
        <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{t('newsroom:schedulerTitle')}</h2>
        {status.overdue > 0 && (
          <p>
            <strong>{t('newsroom:schedulerOverdue', { count: status.overdue, minutes: OVERDUE_AFTER_MS / 60_000 })}</strong>
            <br />
            {t('newsroom:schedulerOverdueHelp')}
          </p>
        )}
        {status.failed > 0 && (
          <p>
            <strong>{t('newsroom:schedulerFailed', { count: status.failed, days: FAILED_WITHIN_MS / 86_400_000 })}</strong>
            <br />
            {t('newsroom:schedulerFailedHelp')}
          </p>
        )}
      </Banner>
    </div>
  )
}

/**
 * Above every other admin page (`admin.components.header`): one line with the counts and a link
 * to the dashboard's warning. The dashboard itself shows the full warning instead.
 */
export async function SchedulerBanner({ i18n, payload, user, viewType }: ServerProps) {
  if (!user || viewType === 'dashboard') return null
  const status = await readStatus(payload)
  if (!status) return null
  const t = textsOf(i18n)
  // The admin's own route (routes.admin), never a hard-coded /admin.
  const dashboard = payload.config.routes.admin || '/'
  return (
    <div role="alert" className="scheduler-banner">
      <Banner type="warning">
        {t('newsroom:schedulerBanner', { overdue: status.overdue, failed: status.failed })}{' '}
        <a href={`${dashboard}#scheduler-warning`}>{t('newsroom:schedulerDetails')}</a>
      </Banner>
    </div>
  )
}

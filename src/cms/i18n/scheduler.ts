/**
 * The scheduler warning's texts (src/cms/components/SchedulerStatus), in Payload's custom
 * translations under the `newsroom` namespace: payload.config.ts merges them into
 * `i18n.translations[language].newsroom`; components read them with `t('newsroom:…')`.
 * Counts stand after a colon, so no language needs plural forms.
 */
export const en = {
  schedulerTitle: 'Scheduled publishing needs attention',
  schedulerOverdue: 'Overdue (due more than {{minutes}} minutes ago, not done): {{count}}',
  schedulerOverdueHelp:
    'The server is not running scheduled jobs. Ask your administrator to check the server log and that the server runs the job queue. Until then, publish or unpublish urgent items by hand.',
  schedulerFailed: 'Failed in the last {{days}} days: {{count}}',
  schedulerFailedHelp:
    'Open each item concerned, check it, then publish or unpublish it by hand or schedule it again. The server log gives the reason.',
  schedulerBanner: 'Scheduled publishing needs attention (overdue: {{overdue}}, failed: {{failed}}).',
  schedulerDetails: 'What to do',
}

export type SchedulerTexts = typeof en

export const ru: SchedulerTexts = {
  schedulerTitle: 'Публикация по расписанию требует внимания',
  schedulerOverdue: 'Просрочено (срок наступил более {{minutes}} минут назад, не выполнено): {{count}}',
  schedulerOverdueHelp:
    'Сервер не выполняет запланированные задания. Попросите администратора проверить журнал сервера и то, что сервер запускает очередь заданий. Пока это не исправлено, публикуйте и снимайте с публикации срочные материалы вручную.',
  schedulerFailed: 'Завершились ошибкой за последние {{days}} дней: {{count}}',
  schedulerFailedHelp:
    'Откройте каждый затронутый материал, проверьте его и опубликуйте или снимите с публикации вручную либо запланируйте заново. Причина ошибки указана в журнале сервера.',
  schedulerBanner: 'Публикация по расписанию требует внимания (просрочено: {{overdue}}, с ошибкой: {{failed}}).',
  schedulerDetails: 'Что делать',
}

export const tg: SchedulerTexts = {
  schedulerTitle: 'Нашри ба нақша гирифташуда диққатро талаб мекунад',
  schedulerOverdue: 'Мӯҳлаташ гузаштааст (вақташ зиёда аз {{minutes}} дақиқа пеш расида, иҷро нашудааст): {{count}}',
  schedulerOverdueHelp:
    'Сервер корҳои ба нақша гирифташударо иҷро намекунад. Аз маъмур хоҳиш кунед, ки журнали серверро тафтиш кунад ва боварӣ ҳосил намояд, ки сервер навбати корҳоро иҷро мекунад. То он вақт маводи фавриро дастӣ нашр кунед ё аз нашр гиред.',
  schedulerFailed: 'Дар {{days}} рӯзи охир бо хато анҷом ёфтааст: {{count}}',
  schedulerFailedHelp:
    'Ҳар маводи марбутро кушоед, тафтиш кунед ва онро дастӣ нашр кунед ё аз нашр гиред, ё аз нав ба нақша гиред. Сабаби хато дар журнали сервер сабт шудааст.',
  schedulerBanner: 'Нашри ба нақша гирифташуда диққатро талаб мекунад (мӯҳлаташ гузаштааст: {{overdue}}, бо хато: {{failed}}).',
  schedulerDetails: 'Чӣ бояд кард',
}

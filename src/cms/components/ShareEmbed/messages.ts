/** The "Share and embed" panel's words in each admin language (Tajik included). */
export interface ShareEmbedTexts {
  title: string
  intro: string
  saveFirst: string
  notPublished: string
  notTranslated: string
  loading: string
  loadError: string
  page: string
  rss: string
  atom: string
  json: string
  script: string
  iframe: string
  copy: string
  copied: string
  preview: string
  previewTitle: string
}

export const shareEmbedMessages: Record<'en' | 'ru' | 'tg', ShareEmbedTexts> = {
  en: {
    title: 'Share and embed',
    intro: 'Feeds and a widget for partner websites, one set per language.',
    saveFirst: 'Save the document first: its addresses are made from its slug.',
    notPublished: 'Not published yet: these addresses start working once it is published.',
    notTranslated: 'Not translated into this language yet, so it has no feed or widget here.',
    loading: 'Loading…',
    loadError: 'Could not read the document. Reload the page and try again.',
    page: 'Page address (paste into WordPress to embed)',
    rss: 'RSS feed',
    atom: 'Atom feed',
    json: 'JSON Feed',
    script: 'Widget: script snippet',
    iframe: 'Widget: iframe snippet',
    copy: 'Copy',
    copied: 'Copied to the clipboard',
    preview: 'Widget preview',
    previewTitle: 'Preview of the widget',
  },
  ru: {
    title: 'Поделиться и встроить',
    intro: 'Ленты и виджет для сайтов партнёров, отдельно для каждого языка.',
    saveFirst: 'Сначала сохраните документ: адреса строятся из его слага.',
    notPublished: 'Ещё не опубликовано: эти адреса заработают после публикации.',
    notTranslated: 'На этот язык ещё не переведено, поэтому ленты и виджета на нём нет.',
    loading: 'Загрузка…',
    loadError: 'Не удалось прочитать документ. Обновите страницу и попробуйте снова.',
    page: 'Адрес страницы (вставьте в WordPress, чтобы встроить)',
    rss: 'Лента RSS',
    atom: 'Лента Atom',
    json: 'Лента JSON Feed',
    script: 'Виджет: код со скриптом',
    iframe: 'Виджет: код с iframe',
    copy: 'Копировать',
    copied: 'Скопировано в буфер обмена',
    preview: 'Предпросмотр виджета',
    previewTitle: 'Предпросмотр виджета',
  },
  tg: {
    title: 'Мубодила ва ҷойгиркунӣ',
    intro: 'Тасмаҳо ва виҷет барои сомонаҳои шарикон, барои ҳар забон алоҳида.',
    saveFirst: 'Аввал ҳуҷҷатро нигоҳ доред: суроғаҳо аз слаги он сохта мешаванд.',
    notPublished: 'Ҳанӯз нашр нашудааст: ин суроғаҳо пас аз нашр кор мекунанд.',
    notTranslated: 'Ба ин забон ҳанӯз тарҷума нашудааст, бинобар ин тасма ва виҷет надорад.',
    loading: 'Бор шуда истодааст…',
    loadError: 'Ҳуҷҷатро хондан имконнопазир шуд. Саҳифаро аз нав боргузорӣ кунед.',
    page: 'Суроғаи саҳифа (барои ҷойгиркунӣ ба WordPress гузоред)',
    rss: 'Тасмаи RSS',
    atom: 'Тасмаи Atom',
    json: 'Тасмаи JSON Feed',
    script: 'Виҷет: рамз бо скрипт',
    iframe: 'Виҷет: рамз бо iframe',
    copy: 'Нусха бардоштан',
    copied: 'Ба буфер нусха бардошта шуд',
    preview: 'Пешнамоиши виҷет',
    previewTitle: 'Пешнамоиши виҷет',
  },
}

/** The "Share and embed" panel's words, one set per admin interface language. */
export interface ShareEmbedTexts {
  title: string
  intro: string
  language: string
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
  /** On the button just pressed, for about two seconds. */
  copiedShort: string
  /** Announced to screen readers (aria-live), followed by the row's label. */
  copied: string
  copyFailed: string
  preview: string
  previewTitle: string
}

export type ShareEmbedLanguage = 'en' | 'ru' | 'tg'

export const shareEmbedMessages: Record<ShareEmbedLanguage, ShareEmbedTexts> = {
  en: {
    title: 'Share and embed',
    intro: 'Feeds and a news widget for partner websites, one set per language.',
    language: 'Language',
    saveFirst: 'Save the document first: its feeds and widget get their addresses once it is saved.',
    notPublished: 'Not published in this language yet: its feeds and widget will work once this translation is published.',
    notTranslated: 'Not translated into this language yet, so there is no feed or widget in it.',
    loading: 'Loading…',
    loadError: 'Could not read the document. Reload the page and try again.',
    page: 'Page address (paste it into WordPress to embed the widget)',
    rss: 'RSS feed',
    atom: 'Atom feed',
    json: 'JSON Feed',
    script: 'Widget: script snippet',
    iframe: 'Widget: iframe snippet',
    copy: 'Copy',
    copiedShort: 'Copied',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy. Select the text and press Ctrl+C (⌘C on a Mac).',
    preview: 'Widget preview',
    previewTitle: 'Preview of the news widget',
  },
  ru: {
    title: 'Поделиться и встроить',
    intro: 'Ленты и виджет новостей для сайтов партнёров, отдельно для каждого языка.',
    language: 'Язык',
    saveFirst: 'Сначала сохраните документ: адреса лент и виджета появятся после сохранения.',
    notPublished: 'На этом языке ещё не опубликовано: ленты и виджет заработают после публикации перевода.',
    notTranslated: 'На этот язык ещё не переведено, поэтому ленты и виджета на нём нет.',
    loading: 'Загрузка…',
    loadError: 'Не удалось прочитать документ. Обновите страницу и попробуйте снова.',
    page: 'Адрес страницы (вставьте его в WordPress, чтобы встроить виджет)',
    rss: 'Лента RSS',
    atom: 'Лента Atom',
    json: 'Лента JSON Feed',
    script: 'Виджет: код со скриптом',
    iframe: 'Виджет: код с iframe',
    copy: 'Копировать',
    copiedShort: 'Скопировано',
    copied: 'Скопировано в буфер обмена',
    copyFailed: 'Не удалось скопировать. Выделите текст и нажмите Ctrl+C (⌘C на Mac).',
    preview: 'Предпросмотр виджета',
    previewTitle: 'Предпросмотр виджета новостей',
  },
  tg: {
    title: 'Мубодила ва ҷойгиркунӣ',
    intro: 'Тасмаҳо ва виҷети хабарҳо барои сомонаҳои шарикон, барои ҳар забон алоҳида.',
    language: 'Забон',
    saveFirst: 'Аввал ҳуҷҷатро захира кунед: суроғаҳои тасмаҳо ва виҷет пас аз захира пайдо мешаванд.',
    notPublished: 'Бо ин забон ҳанӯз нашр нашудааст: тасмаҳо ва виҷет пас аз нашри тарҷума кор мекунанд.',
    notTranslated: 'Ҳанӯз ба ин забон тарҷума нашудааст, бинобар ин дар ин забон тасма ва виҷет нест.',
    loading: 'Бор шуда истодааст…',
    loadError: 'Ҳуҷҷат хонда нашуд. Саҳифаро аз нав бор кунед ва боз кӯшиш кунед.',
    page: 'Суроғаи саҳифа (онро ба WordPress гузоред, то виҷет ҷойгир шавад)',
    rss: 'Тасмаи RSS',
    atom: 'Тасмаи Atom',
    json: 'Тасмаи JSON Feed',
    script: 'Виҷет: коди скрипт',
    iframe: 'Виҷет: коди iframe',
    copy: 'Нусха бардоштан',
    copiedShort: 'Нусхабардорӣ шуд',
    copied: 'Ба буфери мубодила нусха бардошта шуд',
    copyFailed: 'Нусха бардоштан нашуд. Матнро ҷудо карда, Ctrl+C-ро пахш кунед (дар Mac ⌘C).',
    preview: 'Пешнамоиши виҷет',
    previewTitle: 'Пешнамоиши виҷети хабарҳо',
  },
}

/** The texts for an admin interface language (`i18n.language`), English when it has none. */
export function shareEmbedTexts(language: string): ShareEmbedTexts {
  return language === 'ru' || language === 'tg' ? shareEmbedMessages[language] : shareEmbedMessages.en
}

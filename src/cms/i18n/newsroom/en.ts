/**
 * Our own admin texts in English: the type source for Russian and Tajik (ru.ts, tg.ts must have
 * every key). Placeholders are Payload's `{{name}}`; translations keep each one.
 */
export const en = {
  history: {
    title: 'Recent changes',
    none: 'No saved versions yet.',
    /** A save that published; `languages` lists the language codes, e.g. "EN, TG". */
    published: 'published ({{languages}})',
    draft: 'draft',
    autosave: 'autosave',
    compare: 'Compare',
    all: 'All versions',
  },
  translationOverview: {
    title: 'Translations',
    /** `language` is the source language's name, e.g. "English"; `count` how many documents per section are checked. */
    intro: 'Documents whose translation is missing, or older than the latest change to the text in {{language}}. Open one to translate it. The {{count}} most recently changed documents of each section are checked.',
    missing: 'Missing',
    outdated: 'Outdated',
    document: 'Document',
    collection: 'Section',
    state: 'State',
    changed: 'Text in {{language}} changed / translation changed',
    none: 'Nothing to translate: every document is translated and up to date.',
  },
  shareEmbed: {
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
    /** On the button just pressed, for about two seconds. */
    copiedShort: 'Copied',
    /** Announced to screen readers (aria-live); `label` is the copied row's label. */
    copied: 'Copied to the clipboard: {{label}}',
    copyFailed: 'Could not copy. Select the text and press Ctrl+C (⌘C on a Mac).',
    preview: 'Widget preview',
    previewTitle: 'Preview of the news widget',
  },
  validation: {
    slugFormat: 'A slug may contain only lowercase letters a–z, digits and single hyphens.',
    slugTaken: 'The slug "{{slug}}" is already used by another document in this language ({{locale}}); choose another.',
    altRequired: 'Images need an alternative text (describe what the picture shows).',
    /** `files` lists the images' file names. */
    altBeforePublishing: 'Add an alternative text in this language ({{locale}}) to {{files}} in Media before publishing.',
    redirectFromRequired: 'Enter the old address.',
    redirectHomePage: 'The home pages cannot be redirected.',
    redirectFromTaken: 'Another redirect already starts at {{from}}.',
    redirectToRequired: 'Enter the new address.',
    redirectToFormat: 'Enter a path on this site, starting with "/", such as /tg/news/new-slug.',
    redirectChainTo: '{{to}} is itself redirected to {{next}}: lead straight to {{next}}.',
    redirectChainFrom: 'The redirect from {{from}} leads here: change that one instead, so that no chain forms.',
    redirectLoop: 'A redirect cannot lead to itself.',
    phoneFormat: 'Use digits, spaces, brackets, + and - only.',
    websiteProtocol: 'Start the address with https://',
    websiteFormat: 'Enter a full web address, such as https://example.org',
    endBeforeStart: 'The end date cannot be before the start date.',
    regionsRequired: 'Choose at least one region for a regional editor.',
  },
  errors: {
    contributorsSaveDrafts: 'Contributors save drafts; an editor publishes them.',
    sharedWithOtherRegions: 'This item also belongs to regions you do not look after: an editor changes or deletes it.',
    badQuery: 'This query cannot be run: check the fields, operators and values in `where`, and the field in `sort`.',
    noSuchFile: 'There is no such file.',
    oneLanguage: 'Readers ask for one language at a time: locale must be one of {{locales}}.',
  },
  accounts: {
    /** `minutes`: how long until the next attempt is counted afresh. */
    tooManyAttempts: 'Too many sign-in attempts. Try again in {{minutes}} min.',
    /** `reason` is one of the weak… texts below. */
    weakPassword: 'This password is too easy to guess. {{reason}} Choose a passphrase instead: four or more unrelated words of your own.',
    weakPersonal: 'It contains your name or e-mail address.',
    weakCommon: 'It is a common password, or close to one.',
    weakWord: 'A single word or name is easy to guess.',
    weakPattern: 'Keyboard patterns, repeats and sequences such as “abc” or “12345” are easy to guess.',
    weakDates: 'Dates and years are easy to guess.',
    weakShort: 'It is too short or too simple.',
    currentPasswordRequired: 'Enter your current password to change an e-mail address or a password.',
    currentPasswordWrong: 'Your current password is not correct.',
  },
  apiBounds: {
    pageBeyondWindow: 'Only the first {{window}} results of a list can be read page by page; narrow the list with "{{parameter}}" (for example by date) to reach the others.',
    queryTooCostly: 'This query asks for too much at once (cost {{cost}}, at most {{max}}). Ask for fewer items or fields, or split it into several queries.',
    queryTooDeep: 'This query is nested too deeply ({{depth}} levels, at most {{max}}).',
    queryTooManyFields: 'This query has too many fields ({{count}}, at most {{max}}). Split it into several queries.',
    queryTooManyRoots: 'This query asks for too many things at once ({{count}} top-level fields, at most {{max}}). Split it into several queries.',
  },
  storage: {
    /** A media file asked for while the object storage (S3) fails; answered 503 with Retry-After. */
    unavailable: 'The media storage is not answering. Try again in a moment.',
  },
}

/** The shape every language's texts must have. */
export type NewsroomMessages = typeof en

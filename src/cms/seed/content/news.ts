import type { Localized, SeedNews } from './types'

const pressOffice: Localized = {
  en: 'ASTI press office',
  ru: 'Пресс-служба ASTI',
  tg: 'Хадамоти матбуоти ASTI',
}

const groupSecretariat: Localized = {
  en: 'Cooperation Group secretariat',
  ru: 'Секретариат Группы сотрудничества',
  tg: 'Котиботи Гурӯҳи ҳамкорӣ',
}

const projectTeam: Localized = {
  en: 'ASTI project team, Khujand',
  ru: 'Проектная команда ASTI, Худжанд',
  tg: 'Гурӯҳи лоиҳавии ASTI, Хуҷанд',
}

const upshiftTeam: Localized = {
  en: 'UPSHIFT project team',
  ru: 'Команда проекта UPSHIFT',
  tg: 'Гурӯҳи лоиҳаи UPSHIFT',
}

/** News, oldest first. */
export const news: SeedNews[] = [
  {
    key: 'cooperation-group-formed',
    publishedAt: '2009-07-31',
    project: 'prs-monitoring',
    regions: ['sughd', 'khujand', 'dushanbe', 'khatlon'],
    topics: ['civil-society', 'poverty-reduction', 'governance'],
    author: groupSecretariat,
    title: {
      en: 'Nineteen organisations join forces to monitor the fight against poverty',
      ru: 'Девятнадцать организаций объединились для мониторинга борьбы с бедностью',
      tg: 'Нуздаҳ ташкилот барои мониторинги мубориза бо камбизоатӣ муттаҳид шуданд',
    },
    summary: {
      en: 'The Cooperation Group on Realization and Monitoring of the Poverty Reduction Strategy, coordinated by ASTI, now unites 19 public organisations from across Tajikistan.',
      ru: 'Группа сотрудничества по реализации и мониторингу Стратегии сокращения бедности, которую координирует ASTI, объединяет уже 19 общественных организаций из разных регионов Таджикистана.',
      tg: 'Гурӯҳи ҳамкорӣ оид ба татбиқ ва мониторинги Стратегияи паст кардани сатҳи камбизоатӣ, ки ASTI онро ҳамоҳанг мекунад, ҳоло 19 ташкилоти ҷамъиятиро аз минтақаҳои гуногуни Тоҷикистон муттаҳид менамояд.',
    },
    body: {
      en: [
        'What began in 2006 as a series of discussions convened by ASTI in Khujand has become one of the broadest civil-society platforms in the country. The Cooperation Group on Realization and Monitoring of the Poverty Reduction Strategy now brings together 19 public organisations with long experience of development work in different regions.',
        'The group grew out of two regional groups that took part in drafting the Poverty Reduction Strategy and submitted their recommendations to the government. Their members then agreed to merge into one team, so that evidence from the regions could be heard with a single, stronger voice.',
        'Cooperation within the group rests on a Memorandum of Understanding and Cooperation: all members are equal, responsibilities rotate, lead organisations coordinate the work in each region, and the door stays open to anyone who wishes to join. The regional hubs are the Youth Ecological Center in Dushanbe, PO Ghamkhori in Kurgan-Tube and PO Najoti Kudakon in Kulob.',
        'The group thanks Act Central Asia for its financial support and invites public organisations, businesses and state institutions to join the partnership.',
      ],
      ru: [
        'То, что начиналось в 2006 году как серия обсуждений по инициативе ASTI в Худжанде, стало одной из самых широких площадок гражданского общества в стране. Сегодня в Группу сотрудничества по реализации и мониторингу Стратегии сокращения бедности входят 19 общественных организаций с многолетним опытом работы в программах развития в разных регионах.',
        'Группа выросла из двух региональных объединений, которые участвовали в подготовке Стратегии сокращения бедности и направили правительству свои рекомендации. Затем их участники решили слиться в единую команду, чтобы голос регионов звучал весомее.',
        'Сотрудничество строится на Меморандуме о взаимопонимании и сотрудничестве: все участники равны, обязанности переходят по очереди, в каждом регионе работу координирует головная организация, а двери группы открыты для всех желающих. Региональные центры – Молодёжный экологический центр в Душанбе, ОО «Гамхори» в Курган-Тюбе и ОО «Наджоти кудакон» в Кулябе.',
        'Группа благодарит Act Central Asia за финансовую поддержку и приглашает к партнёрству общественные организации, бизнес и государственные учреждения.',
      ],
      tg: [
        'Он чи соли 2006 ҳамчун як силсила муҳокимаҳо бо ташаббуси ASTI дар Хуҷанд оғоз ёфта буд, ба яке аз васеътарин майдонҳои ҷомеаи шаҳрвандӣ дар кишвар табдил ёфт. Имрӯз ба Гурӯҳи ҳамкорӣ оид ба татбиқ ва мониторинги Стратегияи паст кардани сатҳи камбизоатӣ 19 ташкилоти ҷамъиятӣ дохил мешаванд, ки дар татбиқи барномаҳои рушд дар минтақаҳои гуногун таҷрибаи бисёрсола доранд.',
        'Гурӯҳ аз ду иттиҳодияи минтақавӣ ба вуҷуд омадааст, ки дар таҳияи Стратегияи паст кардани сатҳи камбизоатӣ ширкат варзида, тавсияҳои худро ба Ҳукумат пешниҳод карда буданд. Баъдтар аъзои онҳо қарор доданд, ки дар як даста муттаҳид шаванд, то овози минтақаҳо қавитар садо диҳад.',
        'Ҳамкорӣ дар гурӯҳ ба Ёддошти тафоҳум ва ҳамкорӣ асос ёфтааст: ҳамаи аъзо баробаранд, вазифаҳо навбатан иҷро мешаванд, дар ҳар минтақа корро ташкилоти ҳамоҳангсоз роҳбарӣ мекунад ва дари гурӯҳ ба рӯи ҳар касе, ки хоҳиши ҳамроҳ шудан дорад, кушода аст. Марказҳои минтақавӣ Маркази экологии ҷавонон дар Душанбе, ТҶ «Ғамхорӣ» дар Қӯрғонтеппа ва ТҶ «Наҷоти кӯдакон» дар Кӯлоб мебошанд.',
        'Гурӯҳ аз Act Central Asia барои дастгирии молиявӣ сипосгузор аст ва ташкилотҳои ҷамъиятӣ, соҳибкорон ва муассисаҳои давлатиро ба шарикӣ даъват менамояд.',
      ],
    },
  },
  // deliberately untranslated: tg
  {
    key: 'prs-findings-khatlon',
    publishedAt: '2009-11-20',
    project: 'prs-monitoring',
    regions: ['khatlon', 'bokhtar', 'kulob'],
    topics: ['poverty-reduction', 'governance'],
    author: { en: groupSecretariat.en, ru: groupSecretariat.ru },
    title: {
      en: 'Monitoring findings discussed with local authorities in Khatlon',
      ru: 'Результаты мониторинга обсудили с местными властями Хатлона',
    },
    summary: {
      en: 'Members of the Cooperation Group in Kurgan-Tube and Kulob told district officials what rural residents think about access to basic public services.',
      ru: 'Участники Группы сотрудничества в Курган-Тюбе и Кулябе рассказали районным чиновникам, что жители сёл думают о доступности базовых государственных услуг.',
    },
    body: {
      en: [
        'Over the autumn, volunteers from PO Ghamkhori and PO Najoti Kudakon visited villages in the Kurgan-Tube and Kulob areas to ask residents how the Poverty Reduction Strategy was affecting their daily lives. They concentrated on three questions: access to clean drinking water, the condition of rural schools and the availability of primary health care.',
        'The findings were presented at two meetings with representatives of district administrations, one in Kurgan-Tube and one in Kulob. Officials and residents discussed where planned investments had reached the villages and where gaps remained, and agreed to come back to the results when district plans for the coming year are drawn up.',
        'The material from Khatlon will be included in the Cooperation Group’s national monitoring report, which ASTI is compiling in Khujand together with the other regional hubs.',
      ],
      ru: [
        'Этой осенью волонтёры ОО «Гамхори» и ОО «Наджоти кудакон» объехали сёла курган-тюбинской и кулябской зон, расспрашивая жителей о том, как Стратегия сокращения бедности сказывается на их повседневной жизни. В центре внимания были три вопроса: доступ к чистой питьевой воде, состояние сельских школ и доступность первичной медицинской помощи.',
        'Итоги представили на двух встречах с представителями районных хукуматов – в Курган-Тюбе и в Кулябе. Чиновники и жители обсудили, куда запланированные вложения уже дошли, а где остаются пробелы, и договорились вернуться к результатам при подготовке районных планов на следующий год.',
        'Материалы из Хатлона войдут в национальный отчёт Группы сотрудничества по мониторингу, который ASTI готовит в Худжанде вместе с другими региональными центрами.',
      ],
    },
  },
  // deliberately untranslated: ru
  {
    key: 'nds-awareness-khujand',
    publishedAt: '2010-06-15',
    project: 'prs-monitoring',
    regions: ['khujand', 'sughd'],
    topics: ['poverty-reduction', 'gender'],
    author: { en: pressOffice.en, tg: pressOffice.tg },
    title: {
      en: 'What the National Development Strategy means for our mahalla',
      tg: 'Стратегияи миллии рушд барои маҳаллаи мо чӣ маъно дорад',
    },
    summary: {
      en: 'A series of information seminars in Khujand explained the National Development Strategy and the Poverty Reduction Strategy to community leaders, teachers and women’s groups.',
      tg: 'Дар Хуҷанд як силсила семинарҳои иттилоотӣ баргузор гардид, ки дар онҳо Стратегияи миллии рушд ва Стратегияи паст кардани сатҳи камбизоатӣ ба роҳбарони маҳаллаҳо, омӯзгорон ва гурӯҳҳои занон шарҳ дода шуданд.',
    },
    body: {
      en: [
        'National strategies are written in the capital, but they succeed or fail in the mahallas. To bring them closer to the people they are meant to serve, ASTI held a series of information seminars in Khujand this spring for heads of mahalla committees, school teachers and members of women’s groups.',
        'Participants learned how the National Development Strategy and the Poverty Reduction Strategy are structured, which priorities they set for employment, education and health, and how citizens can follow their implementation. Particular attention was paid to women who head their households while their husbands work abroad.',
        'Many participants said it was the first time they had seen the strategy documents. Several mahalla committees asked for materials in Tajik so that they could discuss them at neighbourhood meetings, and ASTI has prepared a short plain-language guide in Tajik and Russian.',
      ],
      tg: [
        'Стратегияҳои миллӣ дар пойтахт навишта мешаванд, аммо муваффақият ё нокомии онҳо дар маҳаллаҳо муайян мегардад. Барои он ки ин ҳуҷҷатҳо ба мардум наздиктар шаванд, ASTI дар фасли баҳор дар Хуҷанд барои раисони кумитаҳои маҳалла, омӯзгорони мактабҳо ва аъзои гурӯҳҳои занон як силсила семинарҳои иттилоотӣ гузаронид.',
        'Иштирокчиён бо сохтори Стратегияи миллии рушд ва Стратегияи паст кардани сатҳи камбизоатӣ, афзалиятҳои онҳо дар соҳаҳои шуғл, маориф ва тандурустӣ, инчунин бо роҳҳои назорати шаҳрвандӣ аз иҷрои онҳо шинос шуданд. Ба вазъи заноне, ки ҳангоми дар муҳоҷирати меҳнатӣ будани шавҳаронашон сарпарастии оиларо ба ӯҳда доранд, диққати махсус дода шуд.',
        'Бисёре аз иштирокчиён қайд карданд, ки ҳуҷҷатҳои стратегиро бори аввал мебинанд. Якчанд кумитаи маҳалла хоҳиш карданд, ки маводҳо ба забони тоҷикӣ дастрас бошанд, то онҳоро дар ҷаласаҳои маҳалла муҳокима кунанд, ва ASTI роҳнамои мухтасару фаҳмоеро бо забонҳои тоҷикӣ ва русӣ омода кард.',
      ],
    },
  },
  {
    key: 'police-community-meetings',
    publishedAt: '2011-10-01',
    project: 'community-security',
    regions: ['ferghana-valley', 'sughd'],
    topics: ['peacebuilding', 'governance'],
    author: projectTeam,
    title: {
      en: 'Police inspectors and residents meet to talk about safety in border villages',
      ru: 'Участковые и жители приграничных сёл обсудили вопросы безопасности',
      tg: 'Нозирони милитсия ва сокинони деҳаҳои сарҳадӣ масъалаҳои амниятро муҳокима карданд',
    },
    summary: {
      en: 'Within the community-security programme with Saferworld, residents of border villages in Sughd sat down with district police inspectors and local authorities to agree on joint steps.',
      ru: 'В рамках программы по безопасности сообществ, которую ASTI реализует вместе с Saferworld, жители приграничных сёл Согдийской области встретились с участковыми инспекторами и местными властями, чтобы договориться о совместных шагах.',
      tg: 'Дар доираи барномаи амнияти ҷамоаҳо, ки ASTI якҷо бо Saferworld амалӣ мекунад, сокинони деҳаҳои сарҳадии вилояти Суғд бо нозирони минтақавии милитсия ва мақомоти маҳаллӣ вохӯрда, дар бораи қадамҳои муштарак мувофиқа карданд.',
    },
    body: {
      en: [
        'In the border villages of the Tajik part of the Ferghana valley, everyday safety depends on good relations – between neighbours, between communities on both sides of the border, and between residents and those who enforce the law. This autumn ASTI and Saferworld brought all of them to the same table at a series of meetings in the target communities.',
        'Police inspectors heard residents’ concerns about unlit streets, disputes over irrigation water and friction between young people from neighbouring Tajik and Kyrgyz villages. Together with representatives of the jamoats they agreed on practical measures, from regular office hours for the local inspector to a more visible police presence during the irrigation season.',
        'The discussions were moderated by members of the local initiative groups on security, who completed trainings in communication and problem solving earlier in the year. Their job is to keep the dialogue going and to check that what was agreed actually gets done.',
        'Similar meetings are planned in the communities across the border in Kyrgyzstan, so that residents of both countries can compare notes and work on shared concerns together.',
      ],
      ru: [
        'В приграничных сёлах таджикской части Ферганской долины безопасность во многом зависит от отношений – между соседями, между сообществами по обе стороны границы, между жителями и теми, кто следит за порядком. Этой осенью ASTI и Saferworld собрали их всех за одним столом на серии встреч в целевых сообществах.',
        'Участковые инспекторы выслушали жалобы жителей на неосвещённые улицы, споры из-за поливной воды и трения между молодёжью соседних таджикских и кыргызских сёл. Вместе с представителями джамоатов они договорились о конкретных мерах – от регулярных часов приёма участкового до более заметного присутствия милиции в сезон полива.',
        'Обсуждения вели члены местных инициативных групп по безопасности, прошедшие в начале года тренинги по коммуникации и решению проблем. Их задача – поддерживать диалог и следить, чтобы договорённости выполнялись.',
        'Похожие встречи запланированы и в сообществах по ту сторону границы, в Кыргызстане, чтобы жители обеих стран могли сверить впечатления и вместе решать общие проблемы.',
      ],
      tg: [
        'Дар деҳаҳои сарҳадии қисми тоҷикистонии водии Фарғона амнияти ҳаррӯза аз бисёр ҷиҳат ба муносибатҳо вобаста аст – байни ҳамсояҳо, байни ҷамоаҳои ду тарафи сарҳад ва байни сокинон ва онҳое, ки тартиботро ҳифз мекунанд. Тирамоҳи имсол ASTI ва Saferworld ҳамаи ин тарафҳоро дар як силсила вохӯриҳо дар ҷамоаҳои интихобшуда паси як миз ҷамъ оварданд.',
        'Нозирони минтақавӣ шикоятҳои сокинонро дар бораи кӯчаҳои торик, баҳсҳо бар сари оби обёрӣ ва ихтилофҳои байни ҷавонони деҳаҳои ҳамсояи тоҷик ва қирғиз шуниданд. Онҳо якҷо бо намояндагони ҷамоатҳо дар бораи чораҳои мушаххас – аз соатҳои муқаррарии қабули нозир то ҳузури бештари милитсия дар мавсими обёрӣ – ба мувофиқа расиданд.',
        'Муҳокимаҳоро аъзои гурӯҳҳои ташаббускори маҳаллӣ оид ба амният роҳбарӣ карданд, ки аввали сол омӯзишҳоро оид ба муошират ва ҳалли мушкилот гузашта буданд. Вазифаи онҳо идома додани муколама ва назорат аз иҷрои созишҳост.',
        'Чунин вохӯриҳо дар ҷамоаҳои он тарафи сарҳад, дар Қирғизистон, низ ба нақша гирифта шудаанд, то сокинони ҳарду кишвар таҷриба мубодила карда, мушкилоти умумиро якҷоя ҳал кунанд.',
      ],
    },
  },
  {
    key: 'community-security-phase-two',
    publishedAt: '2012-05-14',
    project: 'community-security',
    regions: ['ferghana-valley', 'sughd', 'bobojon-gafurov'],
    topics: ['peacebuilding'],
    author: projectTeam,
    title: {
      en: 'Community security programme enters its second phase',
      ru: 'Программа по безопасности сообществ вступила во второй этап',
      tg: 'Барномаи амнияти ҷамоаҳо ба марҳилаи дуюм ворид шуд',
    },
    summary: {
      en: 'Since April 2012 ASTI and Saferworld have been consolidating and expanding people-centred approaches to security in border communities of Tajikistan and Kyrgyzstan.',
      ru: 'С апреля 2012 года ASTI и Saferworld закрепляют и расширяют ориентированные на людей подходы к безопасности в приграничных сообществах Таджикистана и Кыргызстана.',
      tg: 'Аз моҳи апрели соли 2012 ASTI ва Saferworld равишҳои ба инсон нигаронидашудаи таъмини амниятро дар ҷамоаҳои сарҳадии Тоҷикистон ва Қирғизистон тақвият дода, густариш медиҳанд.',
    },
    body: {
      en: [
        'The programme “Community security in the Ferghana valley” has moved into its second phase. Launched in April 2012 under the heading “consolidating and expanding people-centred approaches to security”, it builds on two years in which residents, local authorities and the police learned to tackle safety problems together.',
        'The new phase has two aims. The first is to strengthen cooperation between the target communities, local government and law-enforcement bodies, so that the arrangements made in the first phase become routine. The second is to improve relations between residents of neighbouring border communities of Tajikistan and the Kyrgyz Republic, with the involvement of local authorities and police from both countries.',
        'Planned activities include further meetings between police inspectors and residents, trainings for members of the initiative groups on security and joint events for young people from communities on both sides of the border.',
        'ASTI coordinates the work in the Tajik communities from its office in Khujand, in close contact with Saferworld and partner organisations in Kyrgyzstan.',
      ],
      ru: [
        'Программа «Безопасность сообществ в Ферганской долине» перешла во второй этап. Он стартовал в апреле 2012 года под названием «Закрепление и расширение подходов к безопасности, ориентированных на людей» и опирается на два года работы, за которые жители, местные власти и милиция научились решать проблемы безопасности сообща.',
        'У нового этапа две цели. Первая – укрепить сотрудничество целевых сообществ с органами местной власти и правоохранительными органами, чтобы договорённости первого этапа стали нормой. Вторая – улучшить отношения между жителями соседних приграничных сообществ Таджикистана и Кыргызской Республики при участии местных властей и милиции обеих стран.',
        'В планах – новые встречи участковых инспекторов с жителями, тренинги для членов инициативных групп по безопасности и совместные мероприятия для молодёжи из сёл по обе стороны границы.',
        'Работу в таджикских сообществах координирует офис ASTI в Худжанде в тесном контакте с Saferworld и партнёрскими организациями в Кыргызстане.',
      ],
      tg: [
        'Барномаи «Амнияти ҷамоаҳо дар водии Фарғона» ба марҳилаи дуюм гузашт. Ин марҳила моҳи апрели соли 2012 бо номи «Таҳким ва густариши равишҳои ба инсон нигаронидашудаи амният» оғоз ёфта, ба натиҷаҳои дусолаи кор такя мекунад, ки дар давоми он сокинон, мақомоти маҳаллӣ ва милитсия якҷоя ҳал кардани мушкилоти амниятро омӯхтанд.',
        'Марҳилаи нав ду ҳадаф дорад. Якум – таҳкими ҳамкории ҷамоаҳои интихобшуда бо мақомоти маҳаллӣ ва мақомоти ҳифзи ҳуқуқ, то созишҳои марҳилаи аввал ба амалияи ҳамешагӣ табдил ёбанд. Дуюм – беҳтар кардани муносибатҳои сокинони ҷамоаҳои ҳамсояи сарҳадии Тоҷикистон ва Ҷумҳурии Қирғизистон бо ҷалби мақомоти маҳаллӣ ва милитсияи ҳарду кишвар.',
        'Дар нақша вохӯриҳои нави нозирони минтақавӣ бо сокинон, омӯзишҳо барои аъзои гурӯҳҳои ташаббускор оид ба амният ва чорабиниҳои муштарак барои ҷавонони деҳаҳои ду тарафи сарҳад пешбинӣ шудаанд.',
        'Корро дар ҷамоаҳои тоҷикистонӣ дафтари ASTI дар Хуҷанд дар тамоси зич бо Saferworld ва ташкилотҳои шарик дар Қирғизистон ҳамоҳанг мекунад.',
      ],
    },
  },
  // deliberately untranslated: tg
  {
    key: 'cross-border-youth-day',
    publishedAt: '2012-09-24',
    project: 'community-security',
    regions: ['ferghana-valley', 'sughd'],
    topics: ['youth', 'peacebuilding'],
    author: { en: projectTeam.en, ru: projectTeam.ru },
    title: {
      en: 'Football and frank talk: young people from both sides of the border meet',
      ru: 'Футбол и откровенный разговор: встреча молодёжи с обеих сторон границы',
    },
    summary: {
      en: 'Teenagers and young adults from neighbouring Tajik and Kyrgyz communities spent a day together playing football and discussing what divides and what unites them.',
      ru: 'Подростки и молодые люди из соседних таджикских и кыргызских сёл провели день вместе – играли в футбол и обсуждали, что их разделяет и что объединяет.',
    },
    body: {
      en: [
        'Friendly matches between mixed teams opened a youth day organised by ASTI as part of the second phase of the community-security programme. Young people from border villages in Sughd and their peers from neighbouring communities in Kyrgyzstan played side by side rather than against each other – a deliberate choice by the organisers.',
        'After the games, participants split into small groups to talk about the situations in which conflicts between young people usually start: at markets, on shared roads and by the irrigation channels. They then suggested ways of defusing tension early, from a standing contact between youth leaders to a request to local authorities for sports grounds open to everyone.',
        'Jamoat representatives and police inspectors from both countries attended the event and promised to support the young people’s proposals. The initiative groups on security will follow them up over the coming months.',
      ],
      ru: [
        'Молодёжный день, который ASTI провела в рамках второго этапа программы по безопасности сообществ, открылся товарищескими матчами смешанных команд. Ребята из приграничных сёл Согда и их сверстники из соседних кыргызских сообществ играли не друг против друга, а плечом к плечу – организаторы сделали это сознательно.',
        'После игр участники разделились на небольшие группы и поговорили о ситуациях, в которых обычно вспыхивают конфликты между молодёжью: на базарах, на общих дорогах, у арыков. Затем они предложили, как гасить напряжённость на ранней стадии, – от постоянной связи между молодёжными лидерами до просьбы к местным властям открыть спортивные площадки, доступные всем.',
        'На встрече присутствовали представители джамоатов и участковые инспекторы обеих стран, которые пообещали поддержать предложения молодёжи. В ближайшие месяцы за их выполнением будут следить инициативные группы по безопасности.',
      ],
    },
  },
  {
    key: 'living-standards-recommendations',
    publishedAt: '2013-03-12',
    project: 'prs-monitoring',
    regions: ['dushanbe', 'sughd', 'khatlon'],
    topics: ['poverty-reduction', 'governance'],
    author: groupSecretariat,
    title: {
      en: 'Cooperation Group submits recommendations on the new living standards strategy',
      ru: 'Группа сотрудничества направила рекомендации к новой стратегии повышения благосостояния',
      tg: 'Гурӯҳи ҳамкорӣ ба стратегияи нави баланд бардоштани сатҳи зиндагӣ тавсияҳо пешниҳод кард',
    },
    summary: {
      en: 'Drawing on years of monitoring in the regions, the Cooperation Group has sent the government its proposals for the strategy that succeeds the Poverty Reduction Strategy.',
      ru: 'Опираясь на многолетний мониторинг в регионах, Группа сотрудничества передала правительству свои предложения к стратегии, которая приходит на смену Стратегии сокращения бедности.',
      tg: 'Гурӯҳи ҳамкорӣ бо такя ба мониторинги бисёрсола дар минтақаҳо пешниҳодҳои худро ба стратегияе, ки ҷойгузини Стратегияи паст кардани сатҳи камбизоатӣ мешавад, ба Ҳукумат фиристод.',
    },
    body: {
      en: [
        'As Tajikistan moves from its Poverty Reduction Strategy to a new strategy for improving the living standards of the population for 2013–2015, the Cooperation Group has shared the lessons of its monitoring work with the government. The recommendations were discussed at a meeting of member organisations in Dushanbe and sent to the relevant ministries.',
        'The proposals focus on three things: clear, measurable indicators that can be checked at district level; regular publication of information on how funds are spent; and formal channels through which civil-society organisations can report what they see in communities.',
        'Members from Sughd and Khatlon contributed examples from their own monitoring, showing how small improvements in rural water supply and school repairs change people’s lives – and how often such plans stall because nobody follows them up.',
        'The Cooperation Group will continue to monitor the new strategy in the regions where its members work.',
      ],
      ru: [
        'Таджикистан переходит от Стратегии сокращения бедности к новой стратегии повышения уровня благосостояния населения на 2013–2015 годы, и Группа сотрудничества поделилась с правительством выводами своей мониторинговой работы. Рекомендации обсудили на встрече организаций-участниц в Душанбе и направили в профильные министерства.',
        'Предложения группы касаются трёх вопросов: понятных и измеримых показателей, которые можно проверить на уровне района; регулярной публикации сведений о расходовании средств; официальных каналов, по которым общественные организации могут сообщать о том, что видят в сообществах.',
        'Участники из Согда и Хатлона привели примеры из собственного мониторинга: как небольшие улучшения в сельском водоснабжении и ремонте школ меняют жизнь людей – и как часто такие планы застревают, потому что никто не следит за их выполнением.',
        'Группа сотрудничества продолжит следить за выполнением новой стратегии в регионах, где работают её участники.',
      ],
      tg: [
        'Тоҷикистон аз Стратегияи паст кардани сатҳи камбизоатӣ ба стратегияи нави баланд бардоштани сатҳи зиндагии аҳолӣ барои солҳои 2013–2015 мегузарад ва Гурӯҳи ҳамкорӣ хулосаҳои кори мониторингии худро бо Ҳукумат мубодила кард. Тавсияҳо дар вохӯрии ташкилотҳои узв дар Душанбе муҳокима шуда, ба вазоратҳои дахлдор фиристода шуданд.',
        'Пешниҳодҳои гурӯҳ се масъаларо дар бар мегиранд: нишондиҳандаҳои равшан ва ченшавандае, ки онҳоро дар сатҳи ноҳия санҷидан мумкин аст; нашри мунтазами маълумот дар бораи истифодаи маблағҳо; ва роҳҳои расмие, ки тавассути онҳо ташкилотҳои ҷамъиятӣ метавонанд мушоҳидаҳои худро аз ҷамоаҳо иттилоъ диҳанд.',
        'Аъзои гурӯҳ аз Суғд ва Хатлон аз мониторинги худ мисолҳо оварданд: чӣ гуна беҳбудиҳои хурд дар таъминоти оби деҳот ва таъмири мактабҳо зиндагии мардумро тағйир медиҳанд – ва чӣ қадар зуд-зуд чунин нақшаҳо аз сабаби набудани назорат нотамом мемонанд.',
        'Гурӯҳи ҳамкорӣ назорати иҷрои стратегияи навро дар минтақаҳое, ки аъзояш фаъолият мекунанд, идома медиҳад.',
      ],
    },
  },
  {
    key: 'community-security-results',
    publishedAt: '2014-03-28',
    project: 'community-security',
    regions: ['khujand', 'ferghana-valley', 'sughd'],
    topics: ['peacebuilding', 'governance'],
    author: projectTeam,
    title: {
      en: 'Four years of community security: results presented in Khujand',
      ru: 'Четыре года безопасности сообществ: итоги подвели в Худжанде',
      tg: 'Чор соли амнияти ҷамоаҳо: натиҷаҳо дар Хуҷанд ҷамъбаст шуданд',
    },
    summary: {
      en: 'At a closing conference in Khujand, residents, officials and police from border communities reviewed what the community-security programme has achieved since 2010.',
      ru: 'На заключительной конференции в Худжанде жители, представители власти и милиции из приграничных сообществ обсудили, чего удалось достичь программе по безопасности сообществ с 2010 года.',
      tg: 'Дар конфронси ҷамъбастӣ дар Хуҷанд сокинон, намояндагони ҳокимият ва милитсияи ҷамоаҳои сарҳадӣ дастовардҳои барномаи амнияти ҷамоаҳоро аз соли 2010 инҷониб баррасӣ карданд.',
    },
    body: {
      en: [
        'The programme “Community security in the Ferghana valley”, run by ASTI with Saferworld, is coming to an end after four years. At a conference in Khujand, members of the initiative groups on security, jamoat representatives and police inspectors looked back at what has changed in their communities.',
        'Speakers pointed to concrete results: meetings between residents and police inspectors have become routine in the target communities, several long-running disputes over water and pasture have been settled through dialogue, and young people from neighbouring Tajik and Kyrgyz villages now take part in joint events.',
        'Participants also spoke frankly about what remains difficult, including frequent staff changes in local institutions and the unresolved questions of the border itself. They agreed that the initiative groups would keep meeting and that the experience should be shared with other border districts of Sughd.',
        'ASTI thanks all the residents, officials and partners who made the programme possible, and will build on its lessons in future work with young people in the valley.',
      ],
      ru: [
        'Программа «Безопасность сообществ в Ферганской долине», которую ASTI вела вместе с Saferworld, после четырёх лет работы подходит к концу. На конференции в Худжанде члены инициативных групп по безопасности, представители джамоатов и участковые инспекторы обсудили, что изменилось в их сообществах.',
        'Выступавшие говорили о конкретных результатах: встречи жителей с участковыми стали в целевых сообществах привычным делом, несколько давних споров из-за воды и пастбищ удалось разрешить путём диалога, а молодёжь соседних таджикских и кыргызских сёл теперь участвует в совместных мероприятиях.',
        'Прозвучали и откровенные оценки того, что по-прежнему даётся трудно, – частая смена сотрудников в местных органах и нерешённые вопросы самой границы. Участники договорились, что инициативные группы продолжат встречаться, а накопленный опыт стоит передать другим приграничным районам Согда.',
        'ASTI благодарит всех жителей, представителей власти и партнёров, благодаря которым программа состоялась, и будет опираться на её уроки в дальнейшей работе с молодёжью долины.',
      ],
      tg: [
        'Барномаи «Амнияти ҷамоаҳо дар водии Фарғона», ки ASTI якҷо бо Saferworld амалӣ мекард, пас аз чор сол ба анҷом мерасад. Дар конфронс дар Хуҷанд аъзои гурӯҳҳои ташаббускор оид ба амният, намояндагони ҷамоатҳо ва нозирони минтақавии милитсия дар бораи тағйироте, ки дар ҷамоаҳояшон ба амал омадаанд, суҳбат карданд.',
        'Баромадкунандагон аз натиҷаҳои мушаххас ёдовар шуданд: вохӯриҳои сокинон бо нозирони минтақавӣ дар ҷамоаҳои интихобшуда ба амри муқаррарӣ табдил ёфтаанд, якчанд баҳси деринаи марбут ба об ва чарогоҳ тавассути муколама ҳал шуданд ва ҷавонони деҳаҳои ҳамсояи тоҷик ва қирғиз акнун дар чорабиниҳои муштарак ширкат меварзанд.',
        'Дар бораи он чи ҳанӯз душвор аст – ивазшавии зуд-зуди кормандони мақомоти маҳаллӣ ва масъалаҳои ҳалношудаи худи сарҳад – низ ошкоро сухан рафт. Иштирокчиён мувофиқа карданд, ки гурӯҳҳои ташаббускор вохӯриҳои худро идома медиҳанд ва таҷрибаи ҷамъшударо бояд ба дигар ноҳияҳои сарҳадии Суғд интиқол дод.',
        'ASTI ба ҳамаи сокинон, намояндагони ҳокимият ва шарикон, ки амалӣ шудани барномаро имконпазир гардониданд, изҳори сипос намуда, дар кори минбаъда бо ҷавонони водӣ аз сабақҳои он истифода хоҳад бурд.',
      ],
    },
  },
  {
    key: 'cooperation-group-closes',
    publishedAt: '2015-12-18',
    project: 'prs-monitoring',
    regions: ['khujand', 'dushanbe', 'khatlon'],
    topics: ['civil-society', 'poverty-reduction'],
    author: groupSecretariat,
    title: {
      en: 'Ten years of civil-society monitoring: the Cooperation Group completes its work',
      ru: 'Десять лет гражданского мониторинга: Группа сотрудничества завершает работу',
      tg: 'Даҳ соли мониторинги ҷамъиятӣ: Гурӯҳи ҳамкорӣ фаъолияташро ҷамъбаст намуд',
    },
    summary: {
      en: 'At a final meeting in Khujand, members of the Cooperation Group reviewed a decade of monitoring the country’s poverty-reduction policies and agreed how to carry their experience forward.',
      ru: 'На заключительной встрече в Худжанде участники Группы сотрудничества подвели итоги десятилетнего мониторинга политики сокращения бедности и договорились, как распорядиться накопленным опытом.',
      tg: 'Дар вохӯрии ҷамъбастӣ дар Хуҷанд аъзои Гурӯҳи ҳамкорӣ натиҷаҳои даҳсолаи мониторинги сиёсати паст кардани сатҳи камбизоатиро баррасӣ карда, дар бораи истифодаи минбаъдаи таҷрибаи ҷамъшуда мувофиқа карданд.',
    },
    body: {
      en: [
        'Since 2006 the Cooperation Group has given public organisations from Sughd, Khatlon, Dushanbe and the surrounding districts a shared way of following how national poverty-reduction policies work in practice. With the current monitoring cycle complete, members met in Khujand to take stock.',
        'Over ten years the group took part in drafting the Poverty Reduction Strategy, held information seminars on the National Development Strategy, gathered the views of residents in many rural communities and presented its findings to district, regional and national authorities. Perhaps its most important result is less visible: organisations that used to work alone have learned to act together.',
        'Members agreed to stay in touch as an informal network and to apply the monitoring methods they developed in new fields – above all education and youth policy, where many of them are already active.',
        'ASTI thanks all member organisations, the regional hubs in Dushanbe, Kurgan-Tube and Kulob, and Act Central Asia for a decade of partnership.',
      ],
      ru: [
        'С 2006 года Группа сотрудничества давала общественным организациям Согда, Хатлона, Душанбе и прилегающих районов общий инструмент, чтобы следить, как национальная политика сокращения бедности работает на практике. Завершив очередной цикл мониторинга, участники собрались в Худжанде, чтобы подвести итоги.',
        'За десять лет группа участвовала в подготовке Стратегии сокращения бедности, проводила информационные семинары о Национальной стратегии развития, собирала мнения жителей множества сельских сообществ и представляла выводы районным, областным и республиканским властям. Но, пожалуй, главный её результат менее заметен: организации, прежде работавшие поодиночке, научились действовать вместе.',
        'Участники решили сохранить связь в формате неформальной сети и применять разработанные методы мониторинга в новых сферах – прежде всего в образовании и молодёжной политике, где многие из них уже работают.',
        'ASTI благодарит все организации-участницы, региональные центры в Душанбе, Курган-Тюбе и Кулябе, а также Act Central Asia за десятилетие партнёрства.',
      ],
      tg: [
        'Аз соли 2006 Гурӯҳи ҳамкорӣ ба ташкилотҳои ҷамъиятии Суғд, Хатлон, Душанбе ва ноҳияҳои атрофи он имкон медод, ки якҷоя назорат кунанд, ки сиёсати миллии паст кардани сатҳи камбизоатӣ дар амал чӣ гуна иҷро мешавад. Пас аз анҷоми давраи навбатии мониторинг аъзо барои ҷамъбасти кор дар Хуҷанд гирд омаданд.',
        'Дар давоми даҳ сол гурӯҳ дар таҳияи Стратегияи паст кардани сатҳи камбизоатӣ ширкат варзид, оид ба Стратегияи миллии рушд семинарҳои иттилоотӣ гузаронд, андешаҳои сокинони бисёр ҷамоаҳои деҳотро ҷамъ овард ва хулосаҳои худро ба мақомоти ноҳиявӣ, вилоятӣ ва ҷумҳуриявӣ пешниҳод намуд. Аммо шояд натиҷаи муҳимтарини он камтар ба чашм намоён бошад: ташкилотҳое, ки пештар ҷудо-ҷудо кор мекарданд, якҷоя амал карданро омӯхтанд.',
        'Аъзо қарор доданд, ки ҳамчун шабакаи ғайрирасмӣ робитаро нигоҳ доранд ва усулҳои таҳиякардаи мониторингро дар соҳаҳои нав – пеш аз ҳама дар маориф ва сиёсати ҷавонон, ки бисёре аз онҳо аллакай дар ин самтҳо кор мекунанд, – истифода баранд.',
        'ASTI ба ҳамаи ташкилотҳои узв, марказҳои минтақавӣ дар Душанбе, Қӯрғонтеппа ва Кӯлоб, инчунин ба Act Central Asia барои даҳ соли шарикӣ изҳори миннатдорӣ менамояд.',
      ],
    },
  },
  {
    key: 'peace-cooperation-launch',
    publishedAt: '2016-10-20',
    project: 'peace-cooperation',
    regions: ['sughd', 'bobojon-gafurov', 'ferghana-valley'],
    topics: ['youth', 'peacebuilding'],
    author: projectTeam,
    title: {
      en: '“Peace and cooperation begin with us”: a new project for teenagers in border jamoats',
      ru: '«Мир и сотрудничество начинаются с нас»: новый проект для подростков приграничных джамоатов',
      tg: '«Сулҳ ва ҳамкорӣ аз мо оғоз меёбад»: лоиҳаи нав барои наврасони ҷамоатҳои сарҳадӣ',
    },
    summary: {
      en: 'ASTI has launched a project in which teenagers from the border jamoats of Isfara and Bobojon Gafurov district will learn to report on life in their communities.',
      ru: 'ASTI начала проект, в котором подростки из приграничных джамоатов Исфары и района Бободжона Гафурова научатся рассказывать о жизни своих сообществ.',
      tg: 'ASTI лоиҳаеро оғоз намуд, ки дар доираи он наврасони ҷамоатҳои сарҳадии Исфара ва ноҳияи Бобоҷон Ғафуров инъикоси ҳаёти ҷамоаҳои худро меомӯзанд.',
    },
    body: {
      en: [
        'Peace is not only a matter for diplomats and border commissions. In the villages along Tajikistan’s border with Kyrgyzstan it is built every day – in classrooms, at markets and in conversations between neighbours. ASTI’s new project, “Peace and cooperation begin with us”, puts teenagers at the centre of that work.',
        'Over the next two years, school students from border jamoats of Isfara and Bobojon Gafurov district will take part in trainings on journalism, interviewing and responsible reporting. They will look for stories of cooperation in their own communities and learn to tell them accurately and without prejudice.',
        'The first meetings with school directors and jamoat representatives took place this month, and participants are now being selected. Teenagers aged 14 to 17 who are interested in writing, photography or simply in life in their village are warmly invited to apply through their schools.',
      ],
      ru: [
        'Мир – забота не только дипломатов и пограничных комиссий. В сёлах вдоль границы Таджикистана с Кыргызстаном его строят каждый день – в классах, на базарах, в разговорах между соседями. Новый проект ASTI «Мир и сотрудничество начинаются с нас» ставит в центр этой работы подростков.',
        'В течение двух лет школьники из приграничных джамоатов Исфары и района Бободжона Гафурова будут посещать тренинги по журналистике, технике интервью и ответственной подаче информации. Они будут искать в своих сообществах истории сотрудничества и учиться рассказывать о них точно и без предубеждений.',
        'В этом месяце прошли первые встречи с директорами школ и представителями джамоатов, идёт набор участников. Подростков от 14 до 17 лет, которым интересны журналистика, фотография или просто жизнь родного села, приглашаем подавать заявки через свою школу.',
      ],
      tg: [
        'Сулҳ на танҳо кори дипломатҳо ва комиссияҳои сарҳадӣ аст. Дар деҳаҳои қад-қади сарҳади Тоҷикистон бо Қирғизистон он ҳар рӯз – дар синфхонаҳо, дар бозорҳо ва дар суҳбатҳои ҳамсояҳо – бунёд мешавад. Лоиҳаи нави ASTI «Сулҳ ва ҳамкорӣ аз мо оғоз меёбад» наврасонро дар маркази ин кор мегузорад.',
        'Дар давоми ду сол хонандагони ҷамоатҳои сарҳадии Исфара ва ноҳияи Бобоҷон Ғафуров дар омӯзишҳо оид ба рӯзноманигорӣ, гирифтани мусоҳиба ва пешниҳоди масъулонаи иттилоот ширкат хоҳанд кард. Онҳо дар ҷамоаҳои худ ҳикояҳои ҳамкориро ҷустуҷӯ карда, нақл кардани онҳоро дақиқ ва бе ғаразу бадгумонӣ меомӯзанд.',
        'Дар ин моҳ нахустин вохӯриҳо бо директорони мактабҳо ва намояндагони ҷамоатҳо баргузор шуданд ва интихоби иштирокчиён идома дорад. Наврасони аз 14 то 17-соларо, ки ба рӯзноманигорӣ, суратгирӣ ё зиндагии деҳаи худ шавқ доранд, даъват мекунем, ки тавассути мактаби худ ариза пешниҳод намоянд.',
      ],
    },
  },
  {
    key: 'journalism-training-gulistan',
    publishedAt: '2017-05-29',
    project: 'peace-cooperation',
    regions: ['sughd', 'bobojon-gafurov', 'ferghana-valley'],
    topics: ['media', 'youth', 'peacebuilding'],
    author: projectTeam,
    title: {
      en: 'Three days of journalism training for teenagers in Gulistan',
      ru: 'Три дня журналистики для подростков в Гулистоне',
      tg: 'Се рӯзи рӯзноманигорӣ барои наврасон дар Гулистон',
    },
    summary: {
      en: 'From 26 to 28 May, 20 teenagers from border jamoats of Isfara and Bobojon Gafurov district learned the basics of reporting at a training in Gulistan.',
      ru: 'С 26 по 28 мая 20 подростков из приграничных джамоатов Исфары и района Бободжона Гафурова осваивали основы журналистики на тренинге в Гулистоне.',
      tg: 'Аз 26 то 28 май 20 наврас аз ҷамоатҳои сарҳадии Исфара ва ноҳияи Бобоҷон Ғафуров дар омӯзиш дар шаҳри Гулистон асосҳои рӯзноманигориро аз худ карданд.',
    },
    body: {
      en: [
        'From 26 to 28 May 2017 the training centre of the National Bank of Tajikistan in Gulistan became a newsroom. Twenty teenagers from border jamoats of Isfara and Bobojon Gafurov district took part in a journalism training organised by ASTI as part of the project “Peace and cooperation begin with us”.',
        'On the first day participants discussed what makes an event news and how a journalist’s choice of words can calm a situation or inflame it. On the second they practised interviewing each other and local residents, and on the third they wrote their first short articles about life in their villages.',
        'Many of the stories were about the neighbours across the border: a shared bus route, a market where Tajik and Kyrgyz traders work side by side, friendships between schoolchildren. The trainers paid special attention to checking facts and to giving every side a voice.',
        'The best pieces will appear in the project bulletin, and until the end of the school year the participants will keep working in pairs with mentors.',
      ],
      ru: [
        'С 26 по 28 мая 2017 года учебный центр Национального банка Таджикистана в Гулистоне на три дня превратился в редакцию. Двадцать подростков из приграничных джамоатов Исфары и района Бободжона Гафурова приняли участие в тренинге по журналистике, который ASTI провела в рамках проекта «Мир и сотрудничество начинаются с нас».',
        'В первый день участники разбирались, что делает событие новостью и как выбор слов может успокоить обстановку или, наоборот, накалить её. Во второй – учились брать интервью друг у друга и у местных жителей, а в третий написали первые короткие заметки о жизни своих сёл.',
        'Многие материалы были посвящены соседям по ту сторону границы: общему автобусному маршруту, рынку, где бок о бок торгуют таджикские и кыргызские продавцы, дружбе школьников. Тренеры уделили особое внимание проверке фактов и тому, чтобы в материале прозвучали все стороны.',
        'Лучшие работы будут опубликованы в бюллетене проекта, а до конца учебного года участники продолжат работать в парах с наставниками.',
      ],
      tg: [
        'Аз 26 то 28 майи соли 2017 маркази таълимии Бонки миллии Тоҷикистон дар шаҳри Гулистон се рӯз ба идораи рӯзнома табдил ёфт. Бист наврас аз ҷамоатҳои сарҳадии Исфара ва ноҳияи Бобоҷон Ғафуров дар омӯзиши рӯзноманигорӣ, ки ASTI дар доираи лоиҳаи «Сулҳ ва ҳамкорӣ аз мо оғоз меёбад» ташкил карда буд, ширкат варзиданд.',
        'Рӯзи аввал иштирокчиён баррасӣ карданд, ки кадом ҳодиса хабар шуда метавонад ва чӣ гуна интихоби калима вазъро ором ё баръакс шиддатнок мегардонад. Рӯзи дуюм онҳо аз якдигар ва аз сокинони маҳаллӣ мусоҳиба гирифтанро машқ карданд ва рӯзи сеюм нахустин мақолаҳои кӯтоҳи худро дар бораи зиндагии деҳаҳояшон навиштанд.',
        'Бисёре аз маводҳо ба ҳамсояҳои он тарафи сарҳад бахшида шуда буданд: хатсайри умумии автобус, бозоре, ки дар он савдогарони тоҷик ва қирғиз паҳлӯ ба паҳлӯ кор мекунанд, дӯстии хонандагон. Тренерҳо ба санҷиши далелҳо ва ба он ки дар мавод андешаи ҳамаи тарафҳо инъикос ёбад, диққати махсус доданд.',
        'Беҳтарин корҳо дар бюллетени лоиҳа нашр хоҳанд шуд ва то охири соли таҳсил иштирокчиён кори худро ҷуфт-ҷуфт бо мураббиён идома медиҳанд.',
      ],
    },
  },
  {
    key: 'education-alliance-formed',
    publishedAt: '2017-09-05',
    project: 'education-alliance',
    regions: ['dushanbe', 'sughd'],
    topics: ['education', 'civil-society'],
    author: pressOffice,
    title: {
      en: 'ASTI among the founders of the Alliance of CSOs in Tajikistan for Education',
      ru: 'ASTI вошла в число основателей Альянса организаций гражданского общества Таджикистана за образование',
      tg: 'ASTI дар қатори муассисони Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф',
    },
    summary: {
      en: 'At a workshop in Dushanbe on 27–28 August, six civil-society organisations, ASTI among them, formed a national education coalition with the support of ASPBAE.',
      ru: 'На семинаре в Душанбе 27–28 августа шесть общественных организаций, среди них ASTI, при поддержке ASPBAE создали национальную коалицию в сфере образования.',
      tg: 'Дар семинари 27–28 август дар Душанбе шаш ташкилоти ҷамъиятӣ, аз ҷумла ASTI, бо дастгирии ASPBAE эътилофи миллиро дар соҳаи маориф таъсис доданд.',
    },
    body: {
      en: [
        'Education policy in Tajikistan has a new voice. On 27–28 August 2017 representatives of six organisations – Vocational Education Training (VET), ASTI, Microinvest, AEAT, Ishtirok and the Association of Parents with Disabled Children – met in Dushanbe for a two-day workshop to turn their “Initiative Group” into a coalition. The workshop was facilitated by Helen Dabu and Susmita Choudhury of the Asia South Pacific Association for Basic and Adult Education (ASPBAE).',
        'Participants discussed what a coalition is, how education advocacy works and why partnership matters when pressing for policy change. They identified four priority areas – access and inclusion, quality education, the education budget, and governance and management – and agreed to ground their work in the right to education and Sustainable Development Goal 4.',
        'The group chose the name Alliance of CSOs in Tajikistan for Education, drafted its goals and set four policy targets: promoting the right to education and SDG 4, engaging civil society to increase the education budget and monitor its use, advocating for better quality education, and strengthening the Alliance itself. A detailed plan of action until 2018 was adopted, and a strategic planning workshop to define the Alliance’s vision and mission will follow later this year.',
        'After the workshop the ASPBAE team visited VET and Ishtirok and met representatives of Microinvest and ASTI from Sughd to discuss how the Alliance can strengthen its presence at national level.',
      ],
      ru: [
        'У образовательной политики Таджикистана появился новый голос. 27–28 августа 2017 года представители шести организаций – Vocational Education Training (VET), ASTI, «Микроинвест», AEAT, «Иштирок» и Ассоциации родителей детей-инвалидов – собрались в Душанбе на двухдневный семинар, чтобы превратить свою «Инициативную группу» в коалицию. Семинар провели Хелен Дабу и Сусмита Чоудхури из Азиатско-Тихоокеанской ассоциации базового образования и образования взрослых (ASPBAE).',
        'Участники обсудили, что такое коалиция, как строится продвижение интересов в сфере образования и почему для изменения политики так важно партнёрство. Они определили четыре приоритетных направления – доступность и инклюзия, качество образования, бюджет образования, управление системой образования – и договорились опираться на право на образование и Цель устойчивого развития 4.',
        'Группа выбрала название «Альянс организаций гражданского общества Таджикистана за образование», сформулировала цели и наметила четыре задачи в сфере политики: продвигать право на образование и ЦУР 4, вовлекать гражданское общество в увеличение бюджета образования и контроль за его расходованием, добиваться повышения качества образования и укреплять сам Альянс. Принят подробный план действий до 2018 года, а позднее в этом году пройдёт семинар по стратегическому планированию, на котором Альянс определит своё видение и миссию.',
        'После семинара команда ASPBAE посетила VET и «Иштирок», а также встретилась с представителями «Микроинвеста» и ASTI из Согдийской области, чтобы обсудить, как Альянсу усилить своё присутствие на национальном уровне.',
      ],
      tg: [
        'Сиёсати маорифи Тоҷикистон садои наве пайдо кард. 27–28 августи соли 2017 намояндагони шаш ташкилот – Vocational Education Training (VET), ASTI, «Микроинвест», AEAT, «Иштирок» ва Ассотсиатсияи волидони кӯдакони маъюб – дар Душанбе дар семинари дурӯза гирд омаданд, то «Гурӯҳи ташаббускор»-и худро ба эътилоф табдил диҳанд. Семинарро Ҳелен Дабу ва Сусмита Чоудҳурӣ аз Ассотсиатсияи Осиё ва Уқёнуси Ором оид ба таҳсилоти асосӣ ва таҳсилоти калонсолон (ASPBAE) гузарониданд.',
        'Иштирокчиён муҳокима карданд, ки эътилоф чист, ҳимояи манфиатҳо дар соҳаи маориф чӣ гуна сурат мегирад ва чаро барои тағйири сиёсат шарикӣ ин қадар муҳим аст. Онҳо чор самти афзалиятнокро – дастрасӣ ва фарогирӣ, таҳсилоти босифат, буҷети маориф, идоракунии низоми маориф – муайян карда, мувофиқа намуданд, ки ба ҳуқуқ ба таҳсил ва Ҳадафи 4-уми рушди устувор такя кунанд.',
        'Гурӯҳ номи «Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф»-ро интихоб кард, ҳадафҳояшро таҳия намуд ва чор вазифаи сиёсӣ гузошт: пешбурди ҳуқуқ ба таҳсил ва ҲРУ 4, ҷалби ҷомеаи шаҳрвандӣ ба афзоиши буҷети маориф ва назорати истифодаи он, талош барои баланд бардоштани сифати таҳсилот ва таҳкими худи Иттиҳод. Нақшаи муфассали амал то соли 2018 қабул гардид ва баъдтар дар ҳамин сол семинари банақшагирии стратегӣ баргузор мешавад, ки дар он рисолат ва дурнамои Иттиҳод муайян карда мешаванд.',
        'Пас аз семинар гурӯҳи ASPBAE аз VET ва «Иштирок» дидан кард ва бо намояндагони «Микроинвест» ва ASTI аз вилояти Суғд вохӯрд, то роҳҳои таҳкими мавқеи Иттиҳодро дар сатҳи миллӣ муҳокима намоянд.',
      ],
    },
  },
  // deliberately untranslated: tg
  {
    key: 'young-reporters-final',
    publishedAt: '2018-06-15',
    project: 'peace-cooperation',
    regions: ['khujand', 'sughd', 'bobojon-gafurov'],
    topics: ['media', 'youth'],
    author: { en: projectTeam.en, ru: projectTeam.ru },
    title: {
      en: 'Young reporters from border jamoats present their work',
      ru: 'Юные журналисты из приграничных джамоатов представили свои работы',
    },
    summary: {
      en: 'As the project “Peace and cooperation begin with us” closes, teenagers from Isfara and Bobojon Gafurov district showed the articles and photo stories they produced over two years.',
      ru: 'На завершении проекта «Мир и сотрудничество начинаются с нас» подростки из Исфары и района Бободжона Гафурова показали статьи и фоторепортажи, подготовленные за два года.',
    },
    body: {
      en: [
        'Parents, teachers, jamoat representatives and journalists from Khujand gathered this week to see what two years of “Peace and cooperation begin with us” have produced. The project’s young reporters exhibited articles and photo stories about everyday life in the border jamoats of Isfara and Bobojon Gafurov district.',
        'The work ranged from a portrait of a village doctor who treats patients from both sides of the border to a report on a youth volunteer team that repaired a footbridge. Every piece was researched, written and edited by the teenagers themselves, with support from their mentors.',
        'Several participants have set up press clubs at their schools and plan to keep reporting now that the project is over. Journalists from regional media who attended offered to publish some of the stories and to invite the most active participants for internships.',
      ],
      ru: [
        'На этой неделе родители, учителя, представители джамоатов и худжандские журналисты собрались, чтобы увидеть, что дали два года проекта «Мир и сотрудничество начинаются с нас». Юные корреспонденты представили статьи и фоторепортажи о повседневной жизни приграничных джамоатов Исфары и района Бободжона Гафурова.',
        'Среди работ – портрет сельского врача, который лечит пациентов с обеих сторон границы, и репортаж о молодёжной волонтёрской команде, отремонтировавшей пешеходный мост. Каждый материал подростки собрали, написали и отредактировали сами при поддержке наставников.',
        'Несколько участников открыли пресс-клубы в своих школах и собираются писать и дальше. Журналисты региональных СМИ, побывавшие на встрече, предложили опубликовать часть материалов и пригласить самых активных ребят на стажировку.',
      ],
    },
  },
  {
    key: 'global-action-week-education',
    publishedAt: '2019-04-25',
    project: 'education-alliance',
    regions: ['khujand', 'sughd'],
    topics: ['education', 'civil-society'],
    author: pressOffice,
    title: {
      en: 'Round table in Khujand: every child has a place at school',
      ru: 'Круглый стол в Худжанде: у каждого ребёнка есть место в школе',
      tg: 'Мизи мудаввар дар Хуҷанд: ҳар кӯдак дар мактаб ҷой дорад',
    },
    summary: {
      en: 'During the Global Action Week for Education, ASTI and the Alliance of CSOs in Tajikistan for Education brought teachers, parents and officials together in Khujand to discuss inclusive education.',
      ru: 'Во время Всемирной недели действий за образование ASTI и Альянс организаций гражданского общества Таджикистана за образование собрали в Худжанде учителей, родителей и представителей власти, чтобы обсудить инклюзивное образование.',
      tg: 'Дар доираи Ҳафтаи ҷаҳонии амал барои маориф ASTI ва Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф дар Хуҷанд омӯзгорон, волидон ва намояндагони мақомотро барои муҳокимаи таҳсилоти фарогир ҷамъ оварданд.',
    },
    body: {
      en: [
        'Every April the Global Action Week for Education reminds governments of their promise of quality education for all. This year ASTI, as a member of the Alliance of CSOs in Tajikistan for Education, marked the week with a round table in Khujand on including children with disabilities in mainstream schools.',
        'Members of the Association of Parents with Disabled Children described the obstacles their children face, from inaccessible buildings to a lack of trained support staff. Teachers and representatives of the education authorities spoke about the first steps towards inclusion already taken in Sughd, and about what is still missing.',
        'Participants agreed on a short list of proposals: training for teachers, simple adaptations to school buildings and better data on children who are out of school. The Alliance will take them into its national advocacy, linking them to the country’s commitments under Sustainable Development Goal 4.',
      ],
      ru: [
        'Каждый апрель Всемирная неделя действий за образование напоминает правительствам об их обязательстве обеспечить качественное образование для всех. В этом году ASTI как участник Альянса организаций гражданского общества Таджикистана за образование провела в Худжанде круглый стол о включении детей с инвалидностью в обычные школы.',
        'Члены Ассоциации родителей детей-инвалидов рассказали о препятствиях, с которыми сталкиваются их дети, – от недоступных зданий до нехватки подготовленных помощников. Учителя и представители органов образования говорили о первых шагах к инклюзии, уже сделанных в Согдийской области, и о том, чего пока не хватает.',
        'Участники согласовали короткий список предложений: обучение учителей, несложное приспособление школьных зданий, более точные данные о детях, которые не ходят в школу. Альянс включит их в свою работу на национальном уровне, связав с обязательствами страны по Цели устойчивого развития 4.',
      ],
      tg: [
        'Ҳар сол дар моҳи апрел Ҳафтаи ҷаҳонии амал барои маориф ӯҳдадории давлатҳоро оид ба таъмини таҳсилоти босифат барои ҳама хотиррасон мекунад. Имсол ASTI ҳамчун узви Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф ин ҳафтаро бо мизи мудаввар дар Хуҷанд дар бораи фаро гирифтани кӯдакони дорои маълулият ба мактабҳои муқаррарӣ қайд кард.',
        'Аъзои Ассотсиатсияи волидони кӯдакони маъюб дар бораи монеаҳое, ки фарзандонашон рӯ ба рӯ мешаванд – аз биноҳои дастнорас то норасоии ёрдамчиёни омодашуда, – нақл карданд. Омӯзгорон ва намояндагони мақомоти маориф дар бораи қадамҳои нахустине, ки дар вилояти Суғд ба сӯи таҳсилоти фарогир гузошта шудаанд, ва он чи ҳанӯз намерасад, суҳбат карданд.',
        'Иштирокчиён рӯйхати мухтасари пешниҳодҳоро мувофиқа карданд: омӯзиши омӯзгорон, мутобиқсозии соддаи биноҳои мактаб ва маълумоти дақиқтар дар бораи кӯдаконе, ки ба мактаб намераванд. Иттиҳод онҳоро дар фаъолияти худ дар сатҳи миллӣ истифода бурда, бо ӯҳдадориҳои кишвар оид ба Ҳадафи 4-уми рушди устувор пайваст хоҳад кард.',
      ],
    },
  },
  {
    key: 'master-class-action-plans',
    publishedAt: '2021-03-17',
    project: 'learning-participation',
    regions: ['bobojon-gafurov', 'sughd'],
    topics: ['youth', 'civil-society', 'peacebuilding'],
    author: projectTeam,
    title: {
      en: 'Young people in Bobojon Gafurov learn to write an action plan',
      ru: 'Молодёжь района Бободжона Гафурова учится составлять план действий',
      tg: 'Ҷавонони ноҳияи Бобоҷон Ғафуров тартиб додани нақшаи амалро меомӯзанд',
    },
    summary: {
      en: 'On 17 March 2021 ASTI held a master class on writing action plans for young people in Bobojon Gafurov district.',
      ru: '17 марта 2021 года ASTI провела для молодёжи района Бободжона Гафурова мастер-класс по составлению плана действий.',
      tg: '17 марти соли 2021 ASTI барои ҷавонони ноҳияи Бобоҷон Ғафуров дарси маҳорат оид ба тартиб додани нақшаи амал гузаронид.',
    },
    body: {
      en: [
        'A good idea for the community is only the beginning; to make it happen, you need a plan. On 17 March 2021 ASTI held a master class for young people in Bobojon Gafurov district on how to write one, as part of the project “Learning and Active Participation in Communities is a Key to Peacebuilding and Stability”.',
        'Working in small groups, participants chose a problem that matters in their jamoat and broke it down step by step: what exactly should change, who will do what, by when, with what resources, and how they will know they have succeeded. The facilitators showed how to set realistic goals and how to involve local authorities and elders from the very start.',
        'By the end of the day every group had a draft action plan. Over the coming weeks the young people will refine their plans with the help of mentors and present them to the leadership of their jamoats.',
      ],
      ru: [
        'Хорошая идея для сообщества – только начало: чтобы она воплотилась, нужен план. 17 марта 2021 года ASTI провела для молодёжи района Бободжона Гафурова мастер-класс о том, как его составить. Занятие прошло в рамках проекта «Обучение и активное участие в жизни сообществ – ключ к миростроительству и стабильности».',
        'Разделившись на небольшие группы, участники выбрали проблему, важную для своего джамоата, и разобрали её по шагам: что именно должно измениться, кто за что отвечает, в какие сроки, какими силами и как понять, что цель достигнута. Ведущие показали, как ставить реалистичные цели и с самого начала вовлекать местные власти и старейшин.',
        'К концу дня у каждой группы был готов черновик плана. В ближайшие недели молодые люди доработают его вместе с наставниками и представят руководству своих джамоатов.',
      ],
      tg: [
        'Ғояи хуб барои ҷамоа танҳо оғози кор аст: барои амалӣ шудани он нақша лозим аст. 17 марти соли 2021 ASTI барои ҷавонони ноҳияи Бобоҷон Ғафуров дарси маҳорат гузаронид, ки дар он тартиб додани чунин нақша омӯзонида шуд. Машғулият дар доираи лоиҳаи «Омӯзиш ва иштироки фаъол дар ҳаёти ҷамоаҳо – калиди сулҳсозӣ ва субот» баргузор гардид.',
        'Иштирокчиён ба гурӯҳҳои хурд ҷудо шуда, мушкилеро, ки барои ҷамоати онҳо муҳим аст, интихоб карданд ва онро қадам ба қадам таҳлил намуданд: маҳз чӣ бояд тағйир ёбад, кӣ барои чӣ масъул аст, дар кадом муҳлат, бо кадом захираҳо ва чӣ тавр фаҳмидан мумкин аст, ки ҳадаф ба даст омад. Тренерҳо нишон доданд, ки чӣ гуна ҳадафҳои воқеъбинона гузоштан ва аз аввал мақомоти маҳаллӣ ва ришсафедонро ба кор ҷалб кардан мумкин аст.',
        'То охири рӯз ҳар гурӯҳ лоиҳаи нақшаи худро омода кард. Дар ҳафтаҳои наздик ҷавонон нақшаҳояшонро бо кӯмаки мураббиён такмил дода, ба роҳбарияти ҷамоатҳои худ пешниҳод хоҳанд кард.',
      ],
    },
  },
  {
    key: 'upshift-asht-training',
    publishedAt: '2022-09-16',
    project: 'upshift',
    regions: ['asht', 'sughd'],
    topics: ['youth', 'education'],
    author: upshiftTeam,
    title: {
      en: 'UPSHIFT comes to the Asht Innovation Lab',
      ru: 'UPSHIFT пришёл в инновационную лабораторию Ашта',
      tg: 'UPSHIFT ба лабораторияи инноватсионии Ашт омад',
    },
    summary: {
      en: 'Thirty-two adolescents took part in a four-day UPSHIFT training at the Innovation Lab of Asht district, run by ASTI with the support of UNICEF Tajikistan.',
      ru: '32 подростка приняли участие в четырёхдневном тренинге UPSHIFT в инновационной лаборатории Аштского района, который ASTI провела при поддержке ЮНИСЕФ в Таджикистане.',
      tg: '32 наврас дар омӯзиши чоррӯзаи UPSHIFT дар лабораторияи инноватсионии ноҳияи Ашт, ки ASTI бо дастгирии ЮНИСЕФ дар Тоҷикистон гузаронид, ширкат варзиданд.',
    },
    body: {
      en: [
        'Tajikistan has no shortage of active young people. Given the chance, they speak clearly and stand up for their views – and they can be a real force for positive change. That is the starting point of UPSHIFT, a four-day training that ASTI has just held at the Innovation Lab of Asht district for 32 adolescents.',
        'The Innovation Lab is a creative space where young people identify problems, test ideas and develop practices that can change their communities. During the training the participants worked in teams through four stages – understanding a problem, designing a solution, building it and testing it – and reflected on their own development, their values and their plans for the future.',
        'The final phase of UPSHIFT, making it real, continues after the training: teams with the strongest ideas will receive mentoring to put them into action in Asht.',
        'The training was organised within the project “Skills for future and transition to work life”, implemented by ASTI with the support of UNICEF Tajikistan.',
      ],
      ru: [
        'Активной молодёжи в Таджикистане много. Если дать ей возможность, она ясно высказывается и отстаивает свои взгляды – и может стать настоящей силой перемен к лучшему. Из этого исходит UPSHIFT – четырёхдневный тренинг, который ASTI провела в инновационной лаборатории Аштского района для 32 подростков.',
        'Инновационная лаборатория – творческое пространство, где молодые люди находят проблемы, проверяют идеи и развивают практики, способные изменить их сообщества. На тренинге участники в командах прошли четыре этапа – понять проблему, придумать решение, создать его и проверить – и поразмышляли о собственном развитии, ценностях и планах на будущее.',
        'Заключительный этап UPSHIFT – воплощение в жизнь – продолжится после тренинга: команды с самыми сильными идеями получат поддержку наставников, чтобы реализовать их в Аште.',
        'Тренинг прошёл в рамках проекта «Навыки для будущего и переход к трудовой жизни», который ASTI реализует при поддержке ЮНИСЕФ в Таджикистане.',
      ],
      tg: [
        'Дар Тоҷикистон ҷавонони фаъол кам нестанд. Агар ба онҳо имконият дода шавад, андешаи худро равшан баён карда, аз он ҳимоя мекунанд ва метавонанд ба нерӯи воқеии тағйироти мусбат табдил ёбанд. Аз ҳамин ақида UPSHIFT сарчашма мегирад – омӯзиши чоррӯзае, ки ASTI дар лабораторияи инноватсионии ноҳияи Ашт барои 32 наврас гузаронид.',
        'Лабораторияи инноватсионӣ фазои эҷодӣ аст, ки дар он ҷавонон мушкилотро муайян мекунанд, ғояҳоро месанҷанд ва равишҳоеро таҳия менамоянд, ки ҷамоаҳои онҳоро тағйир дода метавонанд. Дар давоми омӯзиш иштирокчиён дар гурӯҳҳо чор марҳиларо – фаҳмидани мушкил, андешидани роҳи ҳал, сохтан ва санҷидани он – паси сар карданд ва дар бораи рушди шахсӣ, арзишҳо ва нақшаҳои ояндаи худ андеша намуданд.',
        'Марҳилаи ниҳоии UPSHIFT – татбиқ дар ҳаёт – пас аз омӯзиш идома меёбад: гурӯҳҳое, ки ғояҳои беҳтарин доранд, барои амалӣ кардани онҳо дар Ашт аз дастгирии мураббиён бархурдор мешаванд.',
        'Омӯзиш дар доираи лоиҳаи «Малакаҳо барои оянда ва гузариш ба ҳаёти меҳнатӣ» баргузор гардид, ки ASTI бо дастгирии ЮНИСЕФ дар Тоҷикистон амалӣ менамояд.',
      ],
    },
  },
  {
    key: 'upshift-asht-ideas-real',
    publishedAt: '2023-05-22',
    project: 'upshift',
    regions: ['asht', 'sughd'],
    topics: ['youth', 'environment'],
    author: upshiftTeam,
    title: {
      en: 'From idea to reality: UPSHIFT teams in Asht put their projects to work',
      ru: 'От идеи к делу: команды UPSHIFT в Аште воплощают свои проекты',
      tg: 'Аз ғоя то амал: гурӯҳҳои UPSHIFT дар Ашт лоиҳаҳои худро амалӣ мекунанд',
    },
    summary: {
      en: 'Eight months after their training, teams from the Asht Innovation Lab have turned their ideas into working projects, from a drip-irrigated school garden to a collection point for plastic.',
      ru: 'Через восемь месяцев после тренинга команды инновационной лаборатории Ашта превратили свои идеи в работающие проекты – от пришкольного огорода с капельным поливом до пункта сбора пластика.',
      tg: 'Ҳашт моҳ пас аз омӯзиш гурӯҳҳои лабораторияи инноватсионии Ашт ғояҳои худро ба лоиҳаҳои амалкунанда табдил доданд – аз қитъаи назди мактаб бо обёрии қатрагӣ то нуқтаи ҷамъоварии пластмасса.',
    },
    body: {
      en: [
        'When 32 adolescents completed the UPSHIFT training in Asht last September, they went home with ideas. This spring several of those ideas became reality, with the help of mentors and small grants from the project “Skills for future and transition to work life”.',
        'One team installed a simple drip-irrigation system in the school garden, cutting the water the vegetable beds need and showing neighbours how to do the same at home. Another set up a collection point for plastic bottles and arranged for a recycling buyer from Khujand to take them away. A third runs free weekly lessons in English and computer skills for younger pupils.',
        'The participants say adults have begun to take them seriously: the jamoat has invited the teams to help organise the next community clean-up day.',
        'The teams will present their results at the Innovation Lab in June, and the next UPSHIFT training in Asht is planned for the autumn.',
      ],
      ru: [
        'Прошлой осенью 32 подростка, прошедшие тренинг UPSHIFT в Аште, разошлись по домам с идеями. Этой весной часть этих идей воплотилась в жизнь – благодаря наставникам и небольшим грантам проекта «Навыки для будущего и переход к трудовой жизни».',
        'Одна команда установила на пришкольном участке простую систему капельного полива: воды на грядки теперь уходит меньше, а соседи перенимают этот способ у себя дома. Другая организовала пункт сбора пластиковых бутылок и договорилась с худжандским заготовителем вторсырья, что он будет их вывозить. Третья раз в неделю бесплатно занимается с младшими школьниками английским языком и компьютерной грамотностью.',
        'Участники говорят, что взрослые стали воспринимать их всерьёз: джамоат пригласил ребят помочь в организации ближайшего субботника.',
        'В июне команды представят результаты в инновационной лаборатории, а следующий тренинг UPSHIFT в Аште запланирован на осень.',
      ],
      tg: [
        'Тирамоҳи гузашта 32 наврас, ки омӯзиши UPSHIFT-ро дар Ашт гузашта буданд, бо ғояҳои тоза ба хона баргаштанд. Баҳори имсол як қисми ин ғояҳо бо кӯмаки мураббиён ва грантҳои хурди лоиҳаи «Малакаҳо барои оянда ва гузариш ба ҳаёти меҳнатӣ» амалӣ гардиданд.',
        'Як гурӯҳ дар қитъаи назди мактаб низоми соддаи обёрии қатрагӣ насб кард: акнун барои полизу кабудиҳо оби камтар сарф мешавад ва ҳамсояҳо низ ин усулро дар хонаҳои худ истифода мебаранд. Гурӯҳи дигар нуқтаи ҷамъоварии шишаҳои пластикӣ ташкил карда, бо харидори ашёи дуюмдараҷа аз Хуҷанд дар бораи бурдани онҳо мувофиқа кард. Гурӯҳи сеюм ҳар ҳафта барои хонандагони синфҳои поёнӣ ройгон дарсҳои забони англисӣ ва саводнокии компютерӣ мегузаронад.',
        'Иштирокчиён мегӯянд, ки калонсолон акнун ба онҳо ҷиддӣ муносибат мекунанд: ҷамоат наврасонро барои кӯмак дар ташкили ҳашари навбатӣ даъват намуд.',
        'Моҳи июн гурӯҳҳо натиҷаҳои худро дар лабораторияи инноватсионӣ муаррифӣ мекунанд ва омӯзиши навбатии UPSHIFT дар Ашт барои тирамоҳ ба нақша гирифта шудааст.',
      ],
    },
  },
  {
    key: 'inclusive-education-budget-sughd',
    publishedAt: '2024-04-26',
    project: 'education-alliance',
    regions: ['sughd', 'khujand'],
    topics: ['education', 'governance'],
    author: pressOffice,
    title: {
      en: 'How much does Sughd spend on inclusive education? The Alliance takes a closer look',
      ru: 'Сколько Согд тратит на инклюзивное образование? Альянс разбирается в цифрах',
      tg: 'Суғд ба таҳсилоти фарогир чӣ қадар маблағ сарф мекунад? Иттиҳод рақамҳоро таҳлил намуд',
    },
    summary: {
      en: 'ASTI and fellow members of the Alliance of CSOs in Tajikistan for Education presented a short study of school budgets and inclusion in Sughd to education officials and parents.',
      ru: 'ASTI и другие участники Альянса организаций гражданского общества Таджикистана за образование представили работникам системы образования и родителям короткое исследование школьных бюджетов и инклюзии в Согдийской области.',
      tg: 'ASTI ва дигар аъзои Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф ба масъулони маориф ва волидон таҳқиқоти мухтасарро оид ба буҷети мактабҳо ва таҳсилоти фарогир дар вилояти Суғд пешниҳод карданд.',
    },
    body: {
      en: [
        'A policy on inclusive education means little if there is no money to carry it out. To see how commitments translate into budgets, ASTI studied publicly available data on school spending in several districts of Sughd and talked to school directors, teachers and parents of children with disabilities.',
        'The findings were presented in Khujand to representatives of the regional education department, school staff and members of the Association of Parents with Disabled Children. They show that most of the money still goes on salaries and heating, leaving schools with almost nothing for ramps, learning materials or teaching assistants.',
        'Participants discussed practical steps: earmarking small sums in school budgets for accessibility, training teachers in inclusive methods and publishing school budgets in a form parents can understand. The recommendations will feed into the Alliance’s national advocacy on the education budget, one of its four priority areas.',
      ],
      ru: [
        'Политика инклюзивного образования мало что значит, если на её выполнение нет денег. Чтобы понять, как обязательства отражаются в бюджетах, ASTI изучила открытые данные о школьных расходах в нескольких районах Согдийской области и побеседовала с директорами школ, учителями и родителями детей с инвалидностью.',
        'Результаты представили в Худжанде представителям областного управления образования, школьным работникам и членам Ассоциации родителей детей-инвалидов. Они показывают, что основная часть средств по-прежнему уходит на зарплаты и отопление, а на пандусы, учебные материалы и помощников учителя у школ почти ничего не остаётся.',
        'Участники обсудили практические шаги: выделять в школьных бюджетах небольшие целевые суммы на доступность, обучать учителей инклюзивным методикам и публиковать школьные бюджеты в понятном родителям виде. Рекомендации войдут в работу Альянса на национальном уровне по теме бюджета образования – одного из четырёх его приоритетов.',
      ],
      tg: [
        'Сиёсати таҳсилоти фарогир бе маблағ барои иҷрои он аҳамияти кам дорад. Барои фаҳмидани он ки ӯҳдадориҳо дар буҷетҳо чӣ гуна инъикос меёбанд, ASTI маълумоти ошкорои хароҷоти мактабҳоро дар якчанд ноҳияи вилояти Суғд омӯхт ва бо директорони мактабҳо, омӯзгорон ва волидони кӯдакони дорои маълулият суҳбат кард.',
        'Натиҷаҳо дар Хуҷанд ба намояндагони раёсати маорифи вилоят, кормандони мактабҳо ва аъзои Ассотсиатсияи волидони кӯдакони маъюб муаррифӣ шуданд. Онҳо нишон медиҳанд, ки қисми асосии маблағҳо ҳанӯз ба музди меҳнат ва гармидиҳӣ сарф мешавад ва барои пандусҳо, маводи таълимӣ ва ёрдамчиёни омӯзгор дар ихтиёри мактабҳо қариб чизе намемонад.',
        'Иштирокчиён қадамҳои амалиро муҳокима карданд: дар буҷети мактабҳо ҷудо кардани маблағҳои хурди мақсаднок барои дастрасӣ, омӯзонидани усулҳои таҳсилоти фарогир ба омӯзгорон ва нашри буҷети мактабҳо дар шакли барои волидон фаҳмо. Тавсияҳо ба фаъолияти Иттиҳод дар сатҳи миллӣ оид ба буҷети маориф – яке аз чор самти афзалиятноки он – ворид хоҳанд шуд.',
      ],
    },
  },
  {
    key: 'upshift-girls-bobojon-gafurov',
    publishedAt: '2024-11-12',
    project: 'upshift',
    regions: ['bobojon-gafurov', 'sughd'],
    topics: ['youth', 'gender'],
    author: upshiftTeam,
    title: {
      en: 'Girls lead the way at the first UPSHIFT training in Bobojon Gafurov district',
      ru: 'Девочки впереди: первый тренинг UPSHIFT в районе Бободжона Гафурова',
      tg: 'Духтарон дар сафи пеш: нахустин омӯзиши UPSHIFT дар ноҳияи Бобоҷон Ғафуров',
    },
    summary: {
      en: 'More than half of the participants in the first UPSHIFT training in Bobojon Gafurov district were girls, and girl-led teams came up with some of the boldest ideas.',
      ru: 'Больше половины участников первого тренинга UPSHIFT в районе Бободжона Гафурова составили девочки, и именно их команды предложили одни из самых смелых идей.',
      tg: 'Зиёда аз нисфи иштирокчиёни нахустин омӯзиши UPSHIFT дар ноҳияи Бобоҷон Ғафуровро духтарон ташкил доданд ва маҳз гурӯҳҳои онҳо баъзе аз ғояҳои ҷасуронатаринро пешниҳод карданд.',
    },
    body: {
      en: [
        'The UPSHIFT programme has reached a new district. At its first four-day training in Bobojon Gafurov, run by ASTI with the support of UNICEF Tajikistan, more than half of the adolescents were girls – the result of targeted outreach through schools and meetings with parents.',
        'Girl-led teams took on issues that often go unspoken: a safe way to school after dark, the lack of sports opportunities for village girls and leaving school early, which circumstances too often push girls into. One team designed a mentoring scheme in which senior students help younger girls prepare for exams and choose a profession.',
        'The trainers noted that mixed teams, in which boys and girls took turns to lead, worked especially well. Mentors will now help the teams refine their prototypes so that they can present them to the district youth affairs department early next year.',
      ],
      ru: [
        'Программа UPSHIFT пришла в новый район. На первом четырёхдневном тренинге в районе Бободжона Гафурова, который ASTI провела при поддержке ЮНИСЕФ в Таджикистане, больше половины подростков составили девочки – это результат целенаправленной работы через школы и встреч с родителями.',
        'Команды, которыми руководили девочки, взялись за темы, о которых часто молчат: безопасная дорога в школу в тёмное время суток, нехватка возможностей для занятий спортом у сельских девочек, ранний уход из школы, к которому девочек слишком часто подталкивают обстоятельства. Одна команда придумала программу наставничества, в которой старшеклассницы помогают младшим готовиться к экзаменам и выбирать профессию.',
        'Тренеры отметили, что особенно слаженно работали смешанные команды, где мальчики и девочки руководили по очереди. Теперь наставники помогут командам доработать прототипы, чтобы в начале следующего года представить их районному отделу по делам молодёжи.',
      ],
      tg: [
        'Барномаи UPSHIFT ба ноҳияи нав расид. Дар нахустин омӯзиши чоррӯза дар ноҳияи Бобоҷон Ғафуров, ки ASTI бо дастгирии ЮНИСЕФ дар Тоҷикистон гузаронид, зиёда аз нисфи наврасонро духтарон ташкил доданд – ин натиҷаи кори мақсаднок тавассути мактабҳо ва вохӯриҳо бо волидон аст.',
        'Гурӯҳҳое, ки духтарон роҳбарӣ мекарданд, масъалаҳоеро ба миён гузоштанд, ки аксар вақт дар бораашон хомӯш мемонанд: роҳи бехатар ба мактаб дар торикӣ, набудани имконияти варзиш барои духтарони деҳот ва барвақт тарк кардани мактаб, ки шароит аксаран духтаронро ба он водор мекунад. Як гурӯҳ барномаи мураббигиеро таҳия кард, ки дар он хонандагони синфҳои болоӣ ба духтарони хурдсол дар омодагӣ ба имтиҳонҳо ва интихоби касб кӯмак мерасонанд.',
        'Тренерҳо қайд карданд, ки гурӯҳҳои омехта, ки дар онҳо писарону духтарон навбат ба навбат роҳбарӣ мекарданд, махсусан ҳамоҳанг кор карданд. Акнун мураббиён ба гурӯҳҳо дар такмили намунаҳои аввалияашон кӯмак мерасонанд, то онҳоро аввали соли оянда ба шуъбаи кор бо ҷавонони ноҳия пешниҳод кунанд.',
      ],
    },
  },
  {
    key: 'women-local-decisions-roundtable',
    publishedAt: '2025-03-07',
    regions: ['khujand', 'sughd'],
    topics: ['gender', 'civil-society', 'governance'],
    author: pressOffice,
    title: {
      en: 'Women’s voices in local decisions: a round table in Khujand',
      ru: 'Голос женщин в местных решениях: круглый стол в Худжанде',
      tg: 'Овози занон дар қарорҳои маҳаллӣ: мизи мудаввар дар Хуҷанд',
    },
    summary: {
      en: 'Ahead of 8 March, celebrated in Tajikistan as Mother’s Day, ASTI and partner organisations discussed how women can take a bigger part in the decisions of mahalla committees and jamoats.',
      ru: 'Накануне 8 Марта, который в Таджикистане отмечают как День матери, ASTI и партнёрские организации обсудили, как женщинам активнее участвовать в решениях махаллинских комитетов и джамоатов.',
      tg: 'Дар арафаи Рӯзи модар (8 март) ASTI ва ташкилотҳои шарик муҳокима карданд, ки чӣ гуна занон метавонанд дар қабули қарорҳои кумитаҳои маҳалла ва ҷамоатҳо фаъолтар ширкат варзанд.',
    },
    body: {
      en: [
        'Women across Sughd run households, work the land and keep small businesses going, yet they are rarely heard when mahalla committees and jamoats decide how to spend money or which problems come first. Ahead of 8 March, ASTI invited women activists, members of mahalla committees and representatives of partner organisations to a round table in Khujand on this gap.',
        'Participants shared examples of what works: women’s councils that meet before jamoat sessions to agree on priorities, mahalla meetings held at times when mothers can attend, and young women who learned to present proposals at our earlier trainings and master classes.',
        'The round table ended with a set of proposals for local authorities and a commitment by the organisations present to build a gender perspective into all their community projects. ASTI will share the recommendations with its partners from the former Cooperation Group, including PO Gender and Development and the Woman and Society association.',
      ],
      ru: [
        'Женщины в Согде ведут хозяйство, работают на земле, держат небольшой бизнес – и всё же их редко слышат, когда махаллинские комитеты и джамоаты решают, на что тратить деньги и какие проблемы решать в первую очередь. Накануне 8 Марта ASTI пригласила активисток, членов махаллинских комитетов и представителей партнёрских организаций на круглый стол в Худжанде, чтобы обсудить этот разрыв.',
        'Участницы рассказали о том, что уже работает: женские советы, которые собираются перед сессиями джамоата и согласовывают приоритеты; собрания махалли в удобное для матерей время; молодые женщины, которые научились выступать с предложениями на наших прежних тренингах и мастер-классах.',
        'По итогам круглого стола подготовлены предложения для местных властей, а организации-участницы обязались учитывать гендерный аспект во всех своих проектах в сообществах. ASTI поделится рекомендациями с партнёрами по бывшей Группе сотрудничества, в том числе с ОО «Гендер и развитие» и ассоциацией «Женщина и общество».',
      ],
      tg: [
        'Занон дар саросари Суғд рӯзгор пеш мебаранд, дар замин кор мекунанд ва тиҷорати хурд доранд, аммо ҳангоме ки кумитаҳои маҳалла ва ҷамоатҳо дар бораи сарфи маблағ ё ҳалли мушкилоти аввалиндараҷа қарор қабул мекунанд, овози онҳо кам шунида мешавад. Дар арафаи Рӯзи модар ASTI фаъолзанон, аъзои кумитаҳои маҳалла ва намояндагони ташкилотҳои шарикро ба мизи мудаввар дар Хуҷанд даъват кард, то ин масъаларо муҳокима кунанд.',
        'Иштирокчиён аз таҷрибаҳои муваффақ нақл карданд: шӯроҳои занон, ки пеш аз ҷаласаҳои ҷамоат гирд омада, афзалиятҳоро мувофиқа мекунанд; ҷаласаҳои маҳалла дар вақти барои модарон мувофиқ; ва занони ҷавоне, ки дар омӯзишҳо ва дарсҳои маҳорати қаблии мо бо пешниҳодҳо баромад карданро омӯхтанд.',
        'Дар ҷамъбасти мизи мудаввар барои мақомоти маҳаллӣ пешниҳодҳо омода шуданд ва ташкилотҳои иштирокчӣ ӯҳдадор шуданд, ки дар ҳамаи лоиҳаҳои ҷамоатии худ ҷанбаи гендериро ба назар гиранд. ASTI тавсияҳоро бо шарикони худ аз Гурӯҳи ҳамкории собиқ, аз ҷумла ТҶ «Гендер ва рушд» ва Ассотсиатсияи «Зан ва ҷомеа», мубодила хоҳад кард.',
      ],
    },
  },
  {
    key: 'upshift-khujand-start',
    publishedAt: '2025-09-23',
    project: 'upshift',
    regions: ['khujand', 'sughd'],
    topics: ['youth', 'education'],
    author: upshiftTeam,
    title: {
      en: 'UPSHIFT starts in Khujand',
      ru: 'UPSHIFT начался в Худжанде',
      tg: 'UPSHIFT дар Хуҷанд оғоз ёфт',
    },
    summary: {
      en: 'After Asht and Bobojon Gafurov district, the UPSHIFT programme has come to Khujand, where the first city teams began their four-day training this week.',
      ru: 'После Ашта и района Бободжона Гафурова программа UPSHIFT пришла в Худжанд: на этой неделе первые городские команды начали четырёхдневный тренинг.',
      tg: 'Пас аз Ашт ва ноҳияи Бобоҷон Ғафуров барномаи UPSHIFT ба Хуҷанд омад: дар ин ҳафта нахустин гурӯҳҳои шаҳрӣ омӯзиши чоррӯзаро оғоз карданд.',
    },
    body: {
      en: [
        'Three years after the first training in Asht, UPSHIFT has arrived in Khujand. This week the first teams of city teenagers began their four-day training, run by ASTI within the project “Skills for future and transition to work life” with the support of UNICEF Tajikistan.',
        'Urban adolescents bring different problems to the table from their rural peers. Early ideas include making public buildings easier to use for people with disabilities, cutting food waste in school canteens and helping classmates find safe part-time work.',
        'Alongside the training, mentors from Asht and Bobojon Gafurov – some of them former UPSHIFT participants – are sharing their experience with the Khujand teams, so the programme increasingly runs on young people helping one another.',
      ],
      ru: [
        'Спустя три года после первого тренинга в Аште UPSHIFT пришёл в Худжанд. На этой неделе первые команды городских подростков начали четырёхдневный тренинг, который ASTI проводит в рамках проекта «Навыки для будущего и переход к трудовой жизни» при поддержке ЮНИСЕФ в Таджикистане.',
        'Городские подростки приносят с собой иные проблемы, чем их сельские сверстники. Среди первых идей – сделать общественные здания удобнее для людей с инвалидностью, сократить пищевые отходы в школьных столовых и помочь одноклассникам безопасно найти подработку.',
        'Параллельно с тренингом наставники из Ашта и района Бободжона Гафурова – среди них есть и бывшие участники UPSHIFT – делятся опытом с худжандскими командами, и программа всё больше держится на том, что молодые люди помогают друг другу.',
      ],
      tg: [
        'Се сол пас аз нахустин омӯзиш дар Ашт UPSHIFT ба Хуҷанд расид. Дар ин ҳафта аввалин гурӯҳҳои наврасони шаҳр ба омӯзиши чоррӯза шурӯъ карданд, ки ASTI дар доираи лоиҳаи «Малакаҳо барои оянда ва гузариш ба ҳаёти меҳнатӣ» бо дастгирии ЮНИСЕФ дар Тоҷикистон мегузаронад.',
        'Наврасони шаҳр нисбат ба ҳамсолони деҳотии худ масъалаҳои дигареро ба миён мегузоранд. Аз ҷумлаи ғояҳои аввалин – қулайтар кардани биноҳои ҷамъиятӣ барои одамони дорои маълулият, кам кардани партовҳои хӯрок дар ошхонаҳои мактабҳо ва кӯмак ба ҳамсинфон дар ёфтани кори нимрӯзаи бехатар.',
        'Ҳамзамон бо омӯзиш мураббиён аз Ашт ва ноҳияи Бобоҷон Ғафуров, ки баъзеи онҳо худ собиқ иштирокчиёни UPSHIFT мебошанд, таҷрибаи худро бо гурӯҳҳои Хуҷанд мубодила мекунанд ва барнома торафт бештар ба ёрии ҷавонон ба якдигар такя мекунад.',
      ],
    },
  },
  {
    key: 'upshift-demo-day-khujand',
    publishedAt: '2026-05-20',
    project: 'upshift',
    regions: ['khujand', 'asht', 'bobojon-gafurov', 'sughd'],
    topics: ['youth', 'education'],
    author: upshiftTeam,
    title: {
      en: 'Innovation Lab teams from Asht, Bobojon Gafurov and Khujand meet at UPSHIFT demo day',
      ru: 'Команды инновационных лабораторий Ашта, района Бободжона Гафурова и Худжанда встретились на дне презентаций UPSHIFT',
      tg: 'Гурӯҳҳои лабораторияҳои инноватсионии Ашт, Бобоҷон Ғафуров ва Хуҷанд дар рӯзи муаррифии UPSHIFT вохӯрданд',
    },
    summary: {
      en: 'Teams from Asht, Bobojon Gafurov district and Khujand presented the projects they have built through UPSHIFT to mentors, employers and local officials.',
      ru: 'Команды из Ашта, района Бободжона Гафурова и Худжанда представили наставникам, работодателям и местным властям проекты, созданные в рамках UPSHIFT.',
      tg: 'Гурӯҳҳо аз Ашт, ноҳияи Бобоҷон Ғафуров ва Хуҷанд лоиҳаҳоеро, ки дар доираи UPSHIFT офаридаанд, ба мураббиён, корфармоён ва мақомоти маҳаллӣ муаррифӣ карданд.',
    },
    body: {
      en: [
        'For the first time, UPSHIFT teams from all three places where ASTI runs Innovation Lab activities came together under one roof. At a demo day in Khujand, adolescents from Asht, Bobojon Gafurov district and Khujand presented their projects to mentors, local employers, representatives of the authorities and UNICEF Tajikistan.',
        'The projects showed how far the programme has come since the first training in Asht in 2022. Teams presented a mobile map of accessible public buildings in Khujand, a small business mending second-hand school uniforms, a water-saving scheme for school gardens and a peer-to-peer course that prepares classmates for job interviews.',
        'Employers were especially interested in the skills the young people have developed – teamwork, planning and the confidence to present their own work. Several offered summer internships, which is exactly what the project “Skills for future and transition to work life” is about: helping young people take their first steps into working life.',
      ],
      ru: [
        'Впервые команды UPSHIFT из всех трёх мест, где ASTI проводит занятия инновационных лабораторий, собрались под одной крышей. На дне презентаций в Худжанде подростки из Ашта, района Бободжона Гафурова и Худжанда показали свои проекты наставникам, местным работодателям, представителям власти и ЮНИСЕФ в Таджикистане.',
        'Проекты показали, какой путь прошла программа с первого тренинга в Аште в 2022 году. Команды представили мобильную карту доступных общественных зданий Худжанда, небольшое дело по ремонту подержанной школьной формы, схему экономии воды для пришкольных участков и курс «равный – равному», на котором одноклассники готовятся к собеседованиям при приёме на работу.',
        'Работодателей особенно заинтересовали навыки, которые приобрели ребята: умение работать в команде, планировать и уверенно представлять свою работу. Некоторые предложили летние стажировки – а в этом и состоит суть проекта «Навыки для будущего и переход к трудовой жизни»: помочь молодым людям сделать первые шаги в трудовой жизни.',
      ],
      tg: [
        'Бори аввал гурӯҳҳои UPSHIFT аз ҳар се маконе, ки ASTI дар онҳо машғулиятҳои лабораторияҳои инноватсиониро мегузаронад, дар як ҷо ҷамъ омаданд. Дар рӯзи муаррифӣ дар Хуҷанд наврасон аз Ашт, ноҳияи Бобоҷон Ғафуров ва Хуҷанд лоиҳаҳои худро ба мураббиён, корфармоёни маҳаллӣ, намояндагони ҳокимият ва ЮНИСЕФ дар Тоҷикистон пешкаш намуданд.',
        'Лоиҳаҳо нишон доданд, ки барнома аз замони нахустин омӯзиш дар Ашт дар соли 2022 чӣ роҳеро тай кардааст. Гурӯҳҳо харитаи мобилии биноҳои ҷамъиятии дастраси Хуҷанд, тиҷорати хурди таъмири либоси мактабии истифодашуда, нақшаи сарфаи об барои қитъаҳои назди мактаб ва курси «ҳамсол ба ҳамсол»-ро, ки дар он ҳамсинфон ба мусоҳибаи корӣ омода мешаванд, муаррифӣ карданд.',
        'Корфармоёнро махсусан малакаҳое, ки наврасон ба даст овардаанд – кори дастаҷамъӣ, банақшагирӣ ва бо боварӣ муаррифӣ кардани кори худ, – ба худ ҷалб карданд. Баъзеи онҳо таҷрибаомӯзии тобистона пешниҳод карданд – ва маҳз ҳамин моҳияти лоиҳаи «Малакаҳо барои оянда ва гузариш ба ҳаёти меҳнатӣ» аст: кӯмак ба ҷавонон дар гузоштани қадамҳои нахустин дар ҳаёти меҳнатӣ.',
      ],
    },
  },
  {
    key: 'uca-csi-leadership-courses',
    publishedAt: '2026-10-08',
    project: 'civil-society-leadership',
    regions: ['khujand', 'sughd', 'gbao'],
    topics: ['civil-society', 'governance'],
    author: pressOffice,
    title: {
      en: 'ASTI and UCA’s Civil Society Initiative to launch leadership courses in 2027',
      ru: 'ASTI и Инициатива гражданского общества УЦА запустят курсы лидерства в 2027 году',
      tg: 'ASTI ва Донишгоҳи Осиёи Марказӣ соли 2027 курсҳои пешвоиро оғоз мекунанд',
    },
    summary: {
      en: 'ASTI and the Civil Society Initiative of the University of Central Asia have agreed to prepare blended-learning leadership courses for regional civil-society organisations, starting in 2027.',
      ru: 'ASTI и Инициатива гражданского общества Университета Центральной Азии договорились подготовить смешанные курсы лидерства для региональных общественных организаций; обучение начнётся в 2027 году.',
      tg: 'ASTI ва Ташаббуси ҷомеаи шаҳрвандии Донишгоҳи Осиёи Марказӣ мувофиқа карданд, ки барои ташкилотҳои ҷамъиятии минтақаҳо курсҳои омехтаи пешвоӣ омода намоянд; омӯзиш соли 2027 оғоз мешавад.',
    },
    body: {
      en: [
        'Strong organisations need strong leaders. Building on two decades of work with partner networks, starting with the Cooperation Group in 2006, ASTI has agreed with the University of Central Asia’s Civil Society Initiative to develop a programme of leadership courses for staff and volunteers of regional civil-society organisations.',
        'The Civil Society Initiative offers blended learning – online modules combined with face-to-face sessions – in leadership, communications, organisational strengthening and policy analysis. ASTI will contribute its knowledge of the regions, host sessions in Khujand and help reach organisations in Sughd, Khatlon and GBAO.',
        'Over the coming months the partners will agree on the curriculum and selection criteria. The first group is expected to start in 2027, with priority for organisations from our networks and for young leaders who have come through our youth projects.',
        'Organisations interested in taking part are welcome to contact ASTI’s head office in Khujand now.',
      ],
      ru: [
        'Сильным организациям нужны сильные лидеры. Опираясь на два десятилетия работы с партнёрскими сетями, начиная с Группы сотрудничества в 2006 году, ASTI договорилась с Инициативой гражданского общества Университета Центральной Азии разработать программу курсов лидерства для сотрудников и волонтёров региональных общественных организаций.',
        'Инициатива гражданского общества предлагает смешанное обучение – онлайн-модули в сочетании с очными занятиями – по лидерству, коммуникациям, организационному развитию и анализу политики. ASTI привнесёт знание регионов, будет принимать очные занятия в Худжанде и поможет привлечь организации из Согдийской и Хатлонской областей и ГБАО.',
        'В ближайшие месяцы партнёры согласуют учебный план и критерии отбора. Первая группа должна начать обучение в 2027 году; приоритет получат организации из наших сетей и молодые лидеры, прошедшие наши молодёжные проекты.',
        'Организации, которые хотели бы участвовать, уже сейчас могут обратиться в головной офис ASTI в Худжанде.',
      ],
      tg: [
        'Ташкилотҳои қавӣ ба роҳбарони қавӣ ниёз доранд. ASTI бо такя ба таҷрибаи бистсолаи кор бо шабакаҳои шарик, ки аз Гурӯҳи ҳамкорӣ дар соли 2006 оғоз ёфтааст, бо Ташаббуси ҷомеаи шаҳрвандии Донишгоҳи Осиёи Марказӣ дар бораи таҳияи барномаи курсҳои пешвоӣ барои кормандон ва ихтиёриёни ташкилотҳои ҷамъиятии минтақаҳо мувофиқа кард.',
        'Ташаббуси ҷомеаи шаҳрвандӣ таълими омехта – модулҳои онлайн дар якҷоягӣ бо машғулиятҳои рӯ ба рӯ – оид ба пешвоӣ, иртибот, рушди ташкилотӣ ва таҳлили сиёсат пешниҳод мекунад. ASTI дониши худро дар бораи минтақаҳо саҳм мегузорад, машғулиятҳоро дар Хуҷанд қабул мекунад ва дар ҷалби ташкилотҳо аз вилоятҳои Суғд ва Хатлон ва ВМКБ кӯмак мерасонад.',
        'Дар моҳҳои наздик шарикон барномаи таълимӣ ва меъёрҳои интихобро мувофиқа мекунанд. Гурӯҳи аввал бояд соли 2027 ба омӯзиш шурӯъ кунад; ба ташкилотҳои шабакаҳои мо ва пешвоёни ҷавоне, ки аз лоиҳаҳои мо барои ҷавонон гузаштаанд, афзалият дода мешавад.',
        'Ташкилотҳое, ки мехоҳанд ширкат варзанд, ҳоло ҳам метавонанд ба дафтари марказии ASTI дар Хуҷанд муроҷиат кунанд.',
      ],
    },
  },
  {
    key: 'alliance-sdg4-review',
    publishedAt: '2026-11-19',
    project: 'education-alliance',
    regions: ['dushanbe', 'sughd', 'khatlon'],
    topics: ['education', 'governance', 'civil-society'],
    author: pressOffice,
    title: {
      en: 'Education Alliance presents a civil-society review of progress towards SDG 4',
      ru: 'Альянс за образование представил гражданский обзор продвижения к ЦУР 4',
      tg: 'Иттиҳод барои маориф шарҳи ҷомеаи шаҳрвандиро оид ба пешрафт дар роҳи ҲРУ 4 муаррифӣ кард',
    },
    summary: {
      en: 'In Dushanbe, the Alliance of CSOs in Tajikistan for Education presented its review of progress towards Sustainable Development Goal 4, drawing on evidence gathered by its members, ASTI among them.',
      ru: 'В Душанбе Альянс организаций гражданского общества Таджикистана за образование представил обзор продвижения к Цели устойчивого развития 4, подготовленный на основе данных, собранных его участниками, в том числе ASTI.',
      tg: 'Дар Душанбе Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф шарҳи пешрафтро дар роҳи ноил шудан ба Ҳадафи 4-уми рушди устувор муаррифӣ намуд, ки бар асоси маълумоти аъзояш, аз ҷумла ASTI, омода шудааст.',
    },
    body: {
      en: [
        'With four years to go until 2030, how close is Tajikistan to quality education for all? The Alliance of CSOs in Tajikistan for Education set out to answer that question in a civil-society review of progress towards Sustainable Development Goal 4, presented in Dushanbe to representatives of the government, international organisations and fellow civil-society groups.',
        'The review follows the Alliance’s four priority areas. It recognises progress in school enrolment and teacher training but points to persistent gaps: children with disabilities who are still outside the classroom, uneven quality between urban and rural schools, and an education budget that leaves too little for anything beyond salaries and utilities.',
        'ASTI contributed evidence from Sughd, including the findings of its study of school budgets and inclusion and the experience of adolescents in the Innovation Labs. Members from Khatlon and Dushanbe added data from their own regions.',
        'The Alliance will use the review in its dialogue with the Ministry of Education and Science and plans to update it every two years until 2030.',
      ],
      ru: [
        'До 2030 года осталось четыре года – насколько Таджикистан приблизился к качественному образованию для всех? На этот вопрос попытался ответить Альянс организаций гражданского общества Таджикистана за образование в гражданском обзоре продвижения к Цели устойчивого развития 4. Обзор представили в Душанбе представителям правительства, международных организаций и коллегам из гражданского общества.',
        'Обзор построен по четырём приоритетным направлениям Альянса. В нём отмечены успехи в охвате детей школьным образованием и подготовке учителей, но названы и сохраняющиеся проблемы: дети с инвалидностью, которые по-прежнему остаются вне класса, неравное качество обучения в городских и сельских школах и бюджет образования, которого едва хватает на зарплаты и коммунальные услуги.',
        'ASTI предоставила данные по Согдийской области, в том числе выводы своего исследования школьных бюджетов и инклюзии и опыт подростков из инновационных лабораторий. Участники из Хатлона и Душанбе дополнили обзор сведениями о своих регионах.',
        'Альянс будет использовать обзор в диалоге с Министерством образования и науки и планирует обновлять его каждые два года вплоть до 2030 года.',
      ],
      tg: [
        'То соли 2030 чор сол мондааст – Тоҷикистон то чӣ андоза ба таҳсилоти босифат барои ҳама наздик шудааст? Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф кӯшиш кард ба ин савол дар шарҳи ҷомеаи шаҳрвандӣ оид ба пешрафти Ҳадафи 4-уми рушди устувор посух диҳад. Шарҳ дар Душанбе ба намояндагони Ҳукумат, ташкилотҳои байналмилалӣ ва ҳамкорон аз ҷомеаи шаҳрвандӣ пешкаш гардид.',
        'Шарҳ аз рӯи чор самти афзалиятноки Иттиҳод тартиб дода шудааст. Дар он пешрафт дар фарогирии кӯдакон бо таҳсил ва омодасозии омӯзгорон эътироф шуда, вале мушкилоти боқимонда низ зикр гардидаанд: кӯдакони дорои маълулият, ки ҳанӯз берун аз синфхона мондаанд, сифати нобаробари таҳсил дар мактабҳои шаҳру деҳот ва буҷети маориф, ки ғайр аз музди меҳнат ва хизматрасониҳои коммуналӣ барои чизи дигар қариб намерасад.',
        'ASTI маълумотро аз вилояти Суғд, аз ҷумла хулосаҳои таҳқиқоти худ оид ба буҷети мактабҳо ва таҳсилоти фарогир ва таҷрибаи наврасони лабораторияҳои инноватсионӣ пешниҳод кард. Аъзо аз Хатлон ва Душанбе шарҳро бо маълумот дар бораи минтақаҳои худ пурра карданд.',
        'Иттиҳод шарҳро дар муколама бо Вазорати маориф ва илм истифода хоҳад бурд ва ният дорад онро то соли 2030 ҳар ду сол нав кунад.',
      ],
    },
  },
]

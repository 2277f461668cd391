import type { SeedRegion } from './types'

/** Regions where ASTI and its partners work; Sughd and Khujand come first (head office). */
export const regions: SeedRegion[] = [
  {
    key: 'sughd',
    kind: 'province',
    latitude: 39.95,
    longitude: 69.3,
    order: 1,
    name: {
      en: 'Sughd Province',
      ru: 'Согдийская область',
      tg: 'Вилояти Суғд',
    },
    intro: {
      en: [
        'Sughd, the northern province of Tajikistan, is home to ASTI’s head office and to most of our field work. It stretches from the Zarafshan valley in the west to the Tajik part of the Ferghana valley in the east, and high mountain ranges separate it from the capital. Many of its districts share borders with Uzbekistan and Kyrgyzstan, so relations with the neighbours are an everyday matter for a great many villages.',
        'It was here that ASTI first brought local civil-society groups together to follow the national poverty-reduction strategy, and here that we later worked with Saferworld on the security of border communities in Isfara and Bobojon Gafurov. Today our youth programmes, including the UPSHIFT Innovation Labs supported by UNICEF, run in Asht, Bobojon Gafurov and Khujand.',
      ],
      ru: [
        'Согдийская область – северный регион Таджикистана, где находится головной офис ASTI и проходит большая часть наших проектов. Область протянулась от Зеравшанской долины на западе до таджикской части Ферганской долины на востоке, а от столицы её отделяют высокие горные хребты. Многие районы граничат с Узбекистаном и Кыргызстаном, поэтому отношения с соседями для здешних сёл – вопрос повседневный.',
        'Именно здесь ASTI впервые объединила местные общественные организации для мониторинга национальной стратегии сокращения бедности, а позднее вместе с Saferworld занималась безопасностью приграничных сообществ Исфары и района Бободжона Гафурова. Сегодня в Аште, Бободжон-Гафуровском районе и Худжанде работают наши молодёжные программы, в том числе инновационные лаборатории UPSHIFT, которые поддерживает ЮНИСЕФ.',
      ],
      tg: [
        'Вилояти Суғд минтақаи шимолии Тоҷикистон аст, ки дафтари марказии ASTI дар он ҷойгир буда, қисми асосии лоиҳаҳои мо низ дар ҳамин ҷо амалӣ мегарданд. Вилоят аз водии Зарафшон дар ғарб то қисми тоҷикистонии водии Фарғона дар шарқ тӯл кашидааст ва онро аз пойтахт қаторкӯҳҳои баланд ҷудо мекунанд. Бисёр ноҳияҳои вилоят бо Ӯзбекистон ва Қирғизистон ҳамсарҳаданд, бинобар ин муносибат бо ҳамсоягон барои деҳаҳои ин ҷо масъалаи ҳаррӯза аст.',
        'Маҳз дар ҳамин ҷо ASTI бори аввал ташкилотҳои ҷамъиятии маҳаллиро барои мониторинги стратегияи миллии паст кардани сатҳи камбизоатӣ муттаҳид сохт ва баъдтар якҷо бо Saferworld барои амнияти ҷамоаҳои сарҳадии Исфара ва ноҳияи Бобоҷон Ғафуров кор кард. Имрӯз барномаҳои мо барои ҷавонон, аз ҷумла лабораторияҳои инноватсионии UPSHIFT бо дастгирии ЮНИСЕФ, дар Ашт, ноҳияи Бобоҷон Ғафуров ва Хуҷанд амал мекунанд.',
      ],
    },
  },
  {
    key: 'khujand',
    kind: 'city',
    parent: 'sughd',
    latitude: 40.2826,
    longitude: 69.6221,
    order: 2,
    name: {
      en: 'Khujand',
      ru: 'Худжанд',
      tg: 'Хуҷанд',
    },
    intro: {
      en: [
        'Khujand, on the banks of the Syr Darya, is one of the oldest cities of Central Asia and the administrative centre of Sughd province. As Tajikistan’s second city it has universities, research institutes and a strong engineering tradition – the very milieu from which ASTI grew.',
        'Our head office at 85A Lenin Street hosts trainings, meetings of partner organisations and the working sessions of our project teams. From Khujand we coordinated the Cooperation Group on the poverty-reduction strategy, and the city remains the base for our work on education advocacy and youth skills.',
        'Young people from Khujand take part in our master classes and Innovation Lab activities, and the city’s schools and colleges are among our closest partners.',
      ],
      ru: [
        'Худжанд, раскинувшийся на берегах Сырдарьи, – один из древнейших городов Центральной Азии и административный центр Согдийской области. Это второй по величине город Таджикистана с университетами, научными институтами и крепкой инженерной традицией – той самой средой, из которой выросла ASTI.',
        'В головном офисе на улице Ленина, 85А проходят тренинги, встречи партнёрских организаций и рабочие совещания проектных команд. Отсюда мы координировали работу Группы сотрудничества по стратегии сокращения бедности, и сегодня Худжанд остаётся опорной точкой для наших инициатив в сфере образования и развития навыков молодёжи.',
        'Молодые худжандцы участвуют в наших мастер-классах и занятиях инновационных лабораторий, а городские школы и колледжи – одни из самых близких наших партнёров.',
      ],
      tg: [
        'Хуҷанд, ки дар соҳилҳои Сирдарё ҷойгир аст, яке аз шаҳрҳои қадимтарини Осиёи Марказӣ ва маркази маъмурии вилояти Суғд мебошад. Ин дуюмин шаҳри бузурги Тоҷикистон буда, донишгоҳҳо, пажӯҳишгоҳҳо ва анъанаҳои қавии муҳандисӣ дорад – ҳамон муҳите, ки ASTI аз он ба воя расидааст.',
        'Дар дафтари марказии мо дар кӯчаи Ленин, 85А омӯзишҳо, вохӯриҳои ташкилотҳои шарик ва ҷаласаҳои кории гурӯҳҳои лоиҳавӣ баргузор мегарданд. Аз ҳамин ҷо мо фаъолияти Гурӯҳи ҳамкорӣ оид ба стратегияи паст кардани сатҳи камбизоатиро ҳамоҳанг мекардем ва имрӯз ҳам Хуҷанд пойгоҳи ташаббусҳои мо дар соҳаи маориф ва рушди малакаҳои ҷавонон боқӣ мемонад.',
        'Ҷавонони Хуҷанд дар дарсҳои маҳорат ва машғулиятҳои лабораторияҳои инноватсионии мо ширкат меварзанд ва мактабу коллеҷҳои шаҳр аз наздиктарин шарикони мо ба шумор мераванд.',
      ],
    },
  },
  {
    key: 'bobojon-gafurov',
    kind: 'district',
    parent: 'sughd',
    latitude: 40.22,
    longitude: 69.73,
    order: 3,
    name: {
      en: 'Bobojon Gafurov District',
      ru: 'Район Бободжона Гафурова',
      tg: 'Ноҳияи Бобоҷон Ғафуров',
    },
    intro: {
      en: [
        'Bobojon Gafurov district lies immediately to the south of Khujand and is one of the most populous rural districts of Sughd. Some of its jamoats are close to the border with Kyrgyzstan, where shared roads, irrigation channels and pastures call for good-neighbourly arrangements.',
        'Teenagers from the district’s border jamoats took part in our project “Peace and cooperation begin with us”, learning the basics of journalism and telling the stories of their own communities. In 2021 young people here learned to write community action plans at an ASTI master class, and the district now also takes part in our youth skills programme.',
      ],
      ru: [
        'Район Бободжона Гафурова вплотную примыкает к Худжанду с юга и относится к самым густонаселённым сельским районам Согдийской области. Часть его джамоатов расположена недалеко от границы с Кыргызстаном, где общие дороги, оросительные каналы и пастбища требуют добрососедских договорённостей.',
        'Подростки из приграничных джамоатов района участвовали в проекте «Мир и сотрудничество начинаются с нас»: осваивали основы журналистики и рассказывали о жизни своих сообществ. В 2021 году на мастер-классе ASTI местная молодёжь училась составлять собственные планы действий, а сегодня район участвует и в нашей программе развития навыков молодёжи.',
      ],
      tg: [
        'Ноҳияи Бобоҷон Ғафуров аз ҷануб бевосита ба шаҳри Хуҷанд пайваст буда, яке аз сераҳолитарин ноҳияҳои деҳоти вилояти Суғд ба шумор меравад. Баъзе ҷамоатҳои он дар наздикии сарҳад бо Қирғизистон ҷойгиранд, ки дар он ҷо роҳҳо, каналҳои обёрӣ ва чарогоҳҳои муштарак созишҳои некҳамсоягиро тақозо мекунанд.',
        'Наврасони ҷамоатҳои сарҳадии ноҳия дар лоиҳаи «Сулҳ ва ҳамкорӣ аз мо оғоз меёбад» иштирок карда, асосҳои рӯзноманигориро омӯхтанд ва дар бораи зиндагии ҷамоаҳои худ нақл карданд. Соли 2021 ҷавонони ноҳия дар дарси маҳорати ASTI тартиб додани нақшаҳои амали худро омӯхтанд ва имрӯз ноҳия дар барномаи мо оид ба рушди малакаҳои ҷавонон низ ширкат дорад.',
      ],
    },
  },
  {
    key: 'asht',
    kind: 'district',
    parent: 'sughd',
    latitude: 40.67,
    longitude: 70.8,
    order: 4,
    name: {
      en: 'Asht District',
      ru: 'Аштский район',
      tg: 'Ноҳияи Ашт',
    },
    intro: {
      en: [
        'Asht district lies in the far north of Sughd, on the Tajik edge of the Ferghana valley; its centre is the town of Shaydon. It is a largely agricultural area where many families live on seasonal work and labour migration, and where young people often look for opportunities beyond their home villages.',
        'Since 2022 ASTI has been running UPSHIFT trainings at the Innovation Lab of Asht district as part of the UNICEF-supported project “Skills for future and transition to work life”. Teams of adolescents learn to analyse a problem in their community, design a solution, test it in practice and, with a mentor’s help, make it real.',
      ],
      ru: [
        'Аштский район расположен на крайнем севере Согдийской области, на таджикской окраине Ферганской долины; его центр – посёлок Шайдон. Это преимущественно сельскохозяйственный район: многие семьи живут сезонными заработками и трудовой миграцией, а молодёжь нередко ищет возможности за пределами родного села.',
        'С 2022 года ASTI проводит тренинги UPSHIFT в инновационной лаборатории Аштского района в рамках проекта «Навыки для будущего и переход к трудовой жизни», который поддерживает ЮНИСЕФ. Команды подростков учатся разбирать проблемы своего сообщества, придумывать решения, проверять их на практике и с помощью наставника воплощать в жизнь.',
      ],
      tg: [
        'Ноҳияи Ашт дар шимолтарин қисми вилояти Суғд, дар канори тоҷикистонии водии Фарғона ҷойгир буда, маркази он шаҳраки Шайдон аст. Ин ноҳияи асосан кишоварзӣ мебошад: бисёр оилаҳо аз ҳисоби корҳои мавсимӣ ва муҳоҷирати меҳнатӣ рӯзгор мегузаронанд ва ҷавонон аксар вақт имкониятҳоро берун аз деҳаи худ меҷӯянд.',
        'Аз соли 2022 ASTI дар лабораторияи инноватсионии ноҳияи Ашт дар доираи лоиҳаи «Малакаҳо барои оянда ва гузариш ба ҳаёти меҳнатӣ», ки ЮНИСЕФ дастгирӣ мекунад, омӯзишҳои UPSHIFT мегузаронад. Гурӯҳҳои наврасон меомӯзанд, ки мушкили ҷамоаи худро таҳлил кунанд, роҳи ҳалли онро таҳия намоянд, дар амал санҷанд ва бо кӯмаки мураббӣ амалӣ созанд.',
      ],
    },
  },
  {
    key: 'dushanbe',
    kind: 'city',
    latitude: 38.5598,
    longitude: 68.787,
    order: 5,
    name: {
      en: 'Dushanbe',
      ru: 'Душанбе',
      tg: 'Душанбе',
    },
    intro: {
      en: [
        'Dushanbe, the capital of Tajikistan, is where national policy is made and where most international organisations and donors have their offices. For an organisation based in Khujand, a steady presence in the capital is essential: it is how the experience of the regions reaches national debates.',
        'Our long-standing partner in Dushanbe is the Youth Ecological Center, which served as the Cooperation Group’s umbrella organisation for the capital and the surrounding districts. In August 2017 Dushanbe hosted the workshop at which the Alliance of CSOs in Tajikistan for Education was formed, with ASTI among its six founding members.',
      ],
      ru: [
        'Душанбе – столица Таджикистана: здесь принимаются общенациональные решения и работают представительства большинства международных организаций и доноров. Для организации из Худжанда постоянное присутствие в столице принципиально важно – только так опыт регионов попадает в национальную повестку.',
        'Наш давний партнёр в Душанбе – Молодёжный экологический центр, который был головной организацией Группы сотрудничества по столице и прилегающим районам. В августе 2017 года именно в Душанбе прошёл семинар, на котором был создан Альянс организаций гражданского общества Таджикистана за образование; ASTI стала одним из шести его основателей.',
      ],
      tg: [
        'Душанбе пойтахти Тоҷикистон аст: дар ин ҷо қарорҳои сатҳи миллӣ қабул мешаванд ва намояндагиҳои аксари ташкилотҳои байналмилалӣ ва донорҳо фаъолият мекунанд. Барои ташкилоте, ки дар Хуҷанд ҷойгир аст, ҳузури доимӣ дар пойтахт аҳамияти калон дорад – танҳо ҳамин тавр таҷрибаи минтақаҳо ба муҳокимаҳои миллӣ роҳ меёбад.',
        'Шарики деринаи мо дар Душанбе Маркази экологии ҷавонон мебошад, ки дар Гурӯҳи ҳамкорӣ ташкилоти ҳамоҳангсози пойтахт ва ноҳияҳои атрофи он буд. Моҳи августи соли 2017 маҳз дар Душанбе семинаре баргузор гардид, ки дар он Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф таъсис ёфт ва ASTI яке аз шаш муассиси он шуд.',
      ],
    },
  },
  {
    key: 'khatlon',
    kind: 'province',
    latitude: 37.8,
    longitude: 68.9,
    order: 6,
    name: {
      en: 'Khatlon Province',
      ru: 'Хатлонская область',
      tg: 'Вилояти Хатлон',
    },
    intro: {
      en: [
        'Khatlon, in the south-west of the country, is Tajikistan’s most populous province. The broad valleys of the Vakhsh and the Panj grow a large share of the nation’s cotton, grain and fruit, and along the Panj the province shares a long border with Afghanistan.',
        'ASTI’s work in Khatlon has always been done together with local partners. During the poverty-reduction monitoring, the regional groups were led by PO Ghamkhori in Bokhtar (then Kurgan-Tube) and PO Najoti Kudakon in Kulob, which gathered evidence in rural communities and brought it to the attention of local authorities.',
        'Through the Alliance of CSOs in Tajikistan for Education we continue to share experience with colleagues in Khatlon on access to schooling, the inclusion of children with disabilities and the education budget.',
      ],
      ru: [
        'Хатлонская область на юго-западе страны – самый густонаселённый регион Таджикистана. В широких долинах Вахша и Пянджа выращивают значительную часть хлопка, зерна и фруктов страны, а вдоль Пянджа проходит протяжённая граница области с Афганистаном.',
        'В Хатлоне ASTI всегда работала рука об руку с местными партнёрами. Во время мониторинга стратегии сокращения бедности региональные группы возглавляли ОО «Гамхори» в Бохтаре (тогда – Курган-Тюбе) и ОО «Наджоти кудакон» в Кулябе: они собирали сведения в сельских сообществах и доводили их до местных органов власти.',
        'Через Альянс организаций гражданского общества Таджикистана за образование мы продолжаем обмениваться опытом с хатлонскими коллегами – о доступе к школьному образованию, инклюзии детей с инвалидностью и бюджете образования.',
      ],
      tg: [
        'Вилояти Хатлон дар ҷанубу ғарби кишвар сераҳолитарин минтақаи Тоҷикистон аст. Дар водиҳои васеи Вахш ва Панҷ қисми зиёди пахта, ғалла ва меваи кишвар парвариш карда мешавад ва дар тӯли дарёи Панҷ сарҳади тӯлонии вилоят бо Афғонистон мегузарад.',
        'ASTI дар Хатлон ҳамеша дар якҷоягӣ бо шарикони маҳаллӣ кор кардааст. Ҳангоми мониторинги стратегияи паст кардани сатҳи камбизоатӣ гурӯҳҳои минтақавиро ТҶ «Ғамхорӣ» дар Бохтар (он замон Қӯрғонтеппа) ва ТҶ «Наҷоти кӯдакон» дар Кӯлоб роҳбарӣ мекарданд: онҳо дар ҷамоаҳои деҳот маълумот ҷамъ оварда, онро ба мақомоти маҳаллӣ мерасонданд.',
        'Тавассути Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф мо бо ҳамкорони хатлонӣ доир ба дастрасӣ ба таҳсил, фарогирии кӯдакони дорои маълулият ва буҷети маориф мубодилаи таҷриба мекунем.',
      ],
    },
  },
  {
    key: 'bokhtar',
    kind: 'city',
    parent: 'khatlon',
    latitude: 37.8364,
    longitude: 68.7803,
    order: 7,
    name: {
      en: 'Bokhtar',
      ru: 'Бохтар',
      tg: 'Бохтар',
    },
    intro: {
      en: [
        'Bokhtar, known until 2018 as Kurgan-Tube, is the administrative centre of Khatlon province and the main city of the Vakhsh valley. It is a fast-growing regional hub with universities, busy markets and the offices of many local organisations.',
        'Our partner here is PO Ghamkhori, which served as the Cooperation Group’s umbrella organisation for the Kurgan-Tube area. Together we discussed the findings of poverty-reduction monitoring with district officials and community representatives, and Ghamkhori’s office on Kosmonavtov Street is still a reliable point of contact for ASTI in the south.',
      ],
      ru: [
        'Бохтар (до 2018 года – Курган-Тюбе) – административный центр Хатлонской области и главный город Вахшской долины. Это быстро растущий региональный центр с вузами, оживлёнными рынками и офисами многих местных организаций.',
        'Наш партнёр здесь – ОО «Гамхори», головная организация Группы сотрудничества в курган-тюбинской зоне. Вместе мы обсуждали результаты мониторинга стратегии сокращения бедности с районными чиновниками и представителями сообществ, а офис «Гамхори» на улице Космонавтов по-прежнему остаётся надёжной точкой связи ASTI на юге страны.',
      ],
      tg: [
        'Бохтар, ки то соли 2018 Қӯрғонтеппа ном дошт, маркази маъмурии вилояти Хатлон ва шаҳри асосии водии Вахш мебошад. Ин маркази босуръат рушдкунандаи минтақавӣ бо донишгоҳҳо, бозорҳои пурҷунбиш ва дафтарҳои бисёр ташкилотҳои маҳаллӣ аст.',
        'Шарики мо дар ин ҷо ТҶ «Ғамхорӣ» мебошад, ки дар Гурӯҳи ҳамкорӣ ташкилоти ҳамоҳангсози минтақаи Қӯрғонтеппа буд. Мо якҷоя натиҷаҳои мониторинги стратегияи паст кардани сатҳи камбизоатиро бо масъулони ноҳияҳо ва намояндагони ҷамоаҳо муҳокима кардем ва дафтари «Ғамхорӣ» дар кӯчаи Космонавтҳо то ҳол барои ASTI нуқтаи боэътимоди алоқа дар ҷануби кишвар боқӣ мемонад.',
      ],
    },
  },
  {
    key: 'kulob',
    kind: 'city',
    parent: 'khatlon',
    latitude: 37.9146,
    longitude: 69.7845,
    order: 8,
    name: {
      en: 'Kulob',
      ru: 'Куляб',
      tg: 'Кӯлоб',
    },
    intro: {
      en: [
        'Kulob is one of Tajikistan’s oldest cities and the centre of the eastern part of Khatlon province. The surrounding districts are largely rural, and many households depend on small farms and on money sent home by relatives working abroad.',
        'ASTI’s partner in Kulob is PO Najoti Kudakon – the name means “rescue of children” – which works for the well-being of children and families. As the Cooperation Group’s umbrella organisation for the Kulob area, it made sure that the voices of local communities were heard in the monitoring of the poverty-reduction strategy.',
      ],
      ru: [
        'Куляб – один из древнейших городов Таджикистана и центр восточной части Хатлонской области. Окрестные районы в основном сельские, и многие семьи живут за счёт небольших хозяйств и денежных переводов от родственников, работающих за рубежом.',
        'Партнёр ASTI в Кулябе – ОО «Наджоти кудакон» (в переводе – «Спасение детей»), которая заботится о благополучии детей и семей. Как головная организация Группы сотрудничества в кулябской зоне, она добивалась, чтобы при мониторинге стратегии сокращения бедности звучал голос местных сообществ.',
      ],
      tg: [
        'Кӯлоб яке аз шаҳрҳои қадимтарини Тоҷикистон ва маркази қисми шарқии вилояти Хатлон аст. Ноҳияҳои атрофи он асосан деҳотӣ буда, бисёр хонаводаҳо аз ҳисоби хоҷагиҳои хурд ва маблағҳое, ки хешовандонашон аз хориҷа мефиристанд, рӯзгор мегузаронанд.',
        'Шарики ASTI дар Кӯлоб ТҶ «Наҷоти кӯдакон» мебошад, ки барои беҳбудии кӯдакону оилаҳо кор мекунад. Ҳамчун ташкилоти ҳамоҳангсози Гурӯҳи ҳамкорӣ дар минтақаи Кӯлоб, он кӯшиш мекард, ки ҳангоми мониторинги стратегияи паст кардани сатҳи камбизоатӣ овози ҷамоаҳои маҳаллӣ шунида шавад.',
      ],
    },
  },
  {
    key: 'drs',
    kind: 'district',
    latitude: 38.75,
    longitude: 69.55,
    order: 9,
    name: {
      en: 'Districts of Republican Subordination',
      ru: 'Районы республиканского подчинения',
      tg: 'Ноҳияҳои тобеи ҷумҳурӣ',
    },
    intro: {
      en: [
        'The Districts of Republican Subordination are the districts and towns around Dushanbe and in the Rasht valley that belong to no province and are governed directly by the central government. They are remarkably varied, from the fertile Hisor valley to remote mountain villages of Rasht.',
        'ASTI’s work here has been carried out mainly through the Youth Ecological Center and other Dushanbe-based members of the Cooperation Group, who extended poverty-reduction monitoring to these districts. Schools in the districts around the capital are also part of the picture that the Alliance of CSOs in Tajikistan for Education brings to its advocacy for quality, inclusive education.',
      ],
      ru: [
        'Районы республиканского подчинения – это районы и города вокруг Душанбе и в Раштской долине, которые не входят ни в одну область и подчиняются непосредственно центральному правительству. Они очень разные: от плодородной Гиссарской долины до отдалённых горных сёл Рашта.',
        'Здесь ASTI работала главным образом через Молодёжный экологический центр и другие столичные организации – члены Группы сотрудничества, которые распространили мониторинг стратегии сокращения бедности и на эти районы. Школы пригородных районов Душанбе также находятся в поле зрения Альянса организаций гражданского общества Таджикистана за образование, добивающегося качественного и инклюзивного образования.',
      ],
      tg: [
        'Ноҳияҳои тобеи ҷумҳурӣ ноҳияҳо ва шаҳрҳои атрофи Душанбе ва водии Рашт мебошанд, ки ба ҳайати ягон вилоят дохил намешаванд ва бевосита ба Ҳукумати ҷумҳурӣ тобеъанд. Онҳо хеле гуногунанд: аз водии ҳосилхези Ҳисор то деҳаҳои дурдасти кӯҳии Рашт.',
        'ASTI дар ин ҷо асосан тавассути Маркази экологии ҷавонон ва дигар аъзои пойтахтии Гурӯҳи ҳамкорӣ фаъолият кардааст, ки мониторинги стратегияи паст кардани сатҳи камбизоатиро ба ин ноҳияҳо низ густариш доданд. Мактабҳои ноҳияҳои наздишаҳрии Душанбе низ дар маркази таваҷҷуҳи Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф қарор доранд, ки барои таҳсилоти босифат ва фарогир талош меварзад.',
      ],
    },
  },
  {
    key: 'gbao',
    kind: 'province',
    latitude: 38.2,
    longitude: 72.8,
    order: 10,
    name: {
      en: 'Gorno-Badakhshan Autonomous Region',
      ru: 'Горно-Бадахшанская автономная область',
      tg: 'Вилояти Мухтори Кӯҳистони Бадахшон',
    },
    intro: {
      en: [
        'The Gorno-Badakhshan Autonomous Region (GBAO) covers nearly half of Tajikistan’s territory but is home to only a small share of its people. Its villages lie in the high valleys of the Pamirs, many of them along the Panj river on the border with Afghanistan, and the regional centre is Khorog.',
        'Long distances and mountain roads make a permanent presence difficult, so ASTI contributes in GBAO through networks: the Cooperation Group shared its monitoring methods with local organisations, and the Alliance of CSOs in Tajikistan for Education raises the needs of small mountain schools at national level. Khorog is also home to a campus of the University of Central Asia, whose Civil Society Initiative we are preparing a joint programme with.',
      ],
      ru: [
        'Горно-Бадахшанская автономная область (ГБАО) занимает почти половину территории Таджикистана, но живёт здесь лишь небольшая часть населения страны. Сёла области лежат в высокогорных долинах Памира, многие – вдоль Пянджа на границе с Афганистаном; административный центр – Хорог.',
        'Из-за больших расстояний и горных дорог постоянно работать здесь непросто, поэтому ASTI действует в ГБАО через сети: Группа сотрудничества делилась методиками мониторинга с местными организациями, а Альянс организаций гражданского общества Таджикистана за образование поднимает на национальном уровне нужды малокомплектных горных школ. В Хороге находится кампус Университета Центральной Азии, с Инициативой гражданского общества которого мы готовим совместную программу.',
      ],
      tg: [
        'Вилояти Мухтори Кӯҳистони Бадахшон (ВМКБ) қариб нисфи қаламрави Тоҷикистонро ишғол мекунад, вале дар он танҳо қисми ками аҳолии кишвар зиндагӣ мекунад. Деҳаҳои вилоят дар водиҳои баландкӯҳи Помир, бисёре аз онҳо дар соҳили дарёи Панҷ дар марз бо Афғонистон ҷойгиранд ва маркази маъмурии вилоят шаҳри Хоруғ аст.',
        'Масофаҳои дур ва роҳҳои кӯҳӣ ҳузури доимиро душвор мегардонанд, бинобар ин ASTI дар ВМКБ тавассути шабакаҳо амал мекунад: Гурӯҳи ҳамкорӣ усулҳои мониторингро бо ташкилотҳои маҳаллӣ мубодила мекард ва Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф ниёзҳои мактабҳои хурди кӯҳиро дар сатҳи миллӣ матраҳ менамояд. Дар Хоруғ шаҳраки Донишгоҳи Осиёи Марказӣ ҷойгир аст, ки бо Ташаббуси ҷомеаи шаҳрвандии он мо барномаи муштарак омода карда истодаем.',
      ],
    },
  },
  {
    key: 'ferghana-valley',
    kind: 'cross-border',
    latitude: 40.75,
    longitude: 71.6,
    order: 11,
    name: {
      en: 'Ferghana Valley',
      ru: 'Ферганская долина',
      tg: 'Водии Фарғона',
    },
    intro: {
      en: [
        'The Ferghana valley is a densely populated basin shared by Tajikistan, Kyrgyzstan and Uzbekistan. Its borders are intricate: there are enclaves, and the fields, roads and irrigation ditches of many villages cross national lines, so everyday questions such as water or grazing can quickly turn into tension.',
        'From 2010 ASTI worked with the international peacebuilding organisation Saferworld on community security in the valley, bringing residents of border villages in Tajikistan and Kyrgyzstan together with local authorities and the police to solve shared safety problems. Our later projects with teenagers from the border jamoats of Isfara and Bobojon Gafurov carried this work forward, showing young people that peace and cooperation begin with them.',
      ],
      ru: [
        'Ферганская долина – густонаселённая котловина, которую делят Таджикистан, Кыргызстан и Узбекистан. Границы здесь причудливы: есть анклавы, а поля, дороги и арыки многих сёл пересекают государственные рубежи, поэтому будничные вопросы вроде воды или выпаса скота легко перерастают в напряжённость.',
        'С 2010 года ASTI вместе с международной организацией в области миростроительства Saferworld работала над безопасностью сообществ в долине: жители приграничных сёл Таджикистана и Кыргызстана вместе с местными властями и милицией искали решения общих проблем. Наши последующие проекты с подростками из приграничных джамоатов Исфары и района Бободжона Гафурова продолжили эту работу и показали молодым людям, что мир и сотрудничество начинаются с них самих.',
      ],
      tg: [
        'Водии Фарғона ҳавзаи сераҳолиест, ки байни Тоҷикистон, Қирғизистон ва Ӯзбекистон тақсим шудааст. Сарҳадҳо дар ин ҷо печидаанд: анклавҳо вуҷуд доранд ва киштзорҳо, роҳҳо ва ҷӯйҳои бисёр деҳаҳо аз марзи давлатӣ мегузаранд, бинобар ин масъалаҳои ҳаррӯза – об ё чаронидани чорво – ба осонӣ метавонанд боиси ташаннуҷ гарданд.',
        'Аз соли 2010 ASTI якҷо бо ташкилоти байналмилалии сулҳсозии Saferworld барои амнияти ҷамоаҳои водӣ кор кард: сокинони деҳаҳои сарҳадии Тоҷикистон ва Қирғизистон ҳамроҳи мақомоти маҳаллӣ ва милитсия роҳҳои ҳалли мушкилоти умумиро ҷустуҷӯ мекарданд. Лоиҳаҳои минбаъдаи мо бо наврасони ҷамоатҳои сарҳадии Исфара ва ноҳияи Бобоҷон Ғафуров ин корро идома дода, ба ҷавонон нишон доданд, ки сулҳ ва ҳамкорӣ аз худи онҳо оғоз меёбад.',
      ],
    },
  },
]

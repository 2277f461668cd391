import type { SeedSite } from './types'

export const site: SeedSite = {
  name: {
    en: 'Association of Scientific and Technical Intelligentsia',
    ru: 'Ассоциация научно-технической интеллигенции',
    tg: 'Ассотсиатсияи зиёиёни илмӣ-техникӣ',
  },
  tagline: {
    en: 'Knowledge and dialogue for stronger communities in Tajikistan',
    ru: 'Знания и диалог – ради сильных сообществ Таджикистана',
    tg: 'Дониш ва муколама – барои ҷамоаҳои қавии Тоҷикистон',
  },
  about: {
    en: [
      'The Association of Scientific and Technical Intelligentsia (ASTI) is a public organisation based in Khujand, in the north of Tajikistan. It brings together engineers, scientists, teachers and young professionals who believe that expertise is worth most when it is put to work for the community. For many years ASTI has helped citizens, local authorities and other non-governmental organisations find common ground on the questions that shape everyday life: poverty, safety, schooling and opportunities for young people.',
      'Our work ranges from monitoring the national poverty-reduction strategy with a network of partner organisations across the country to community-security initiatives in the border areas of the Ferghana valley, youth Innovation Labs run with UNICEF and education advocacy as a founding member of the Alliance of CSOs in Tajikistan for Education. On this site you will find news from our projects, the regions where we are active and the people and organisations we work with.',
    ],
    ru: [
      'Ассоциация научно-технической интеллигенции (ASTI) – общественная организация из Худжанда, северного центра Таджикистана. В ней объединились инженеры, учёные, педагоги и молодые специалисты, убеждённые, что знания приносят больше всего пользы, когда служат людям. Уже много лет ASTI помогает жителям, местным органам власти и другим некоммерческим организациям договариваться по вопросам, от которых зависит повседневная жизнь: бедность, безопасность, школа, возможности для молодёжи.',
      'Вместе с партнёрской сетью по всей стране мы следили за выполнением национальной стратегии сокращения бедности и работали над безопасностью приграничных сообществ Ферганской долины. Сегодня мы вместе с ЮНИСЕФ ведём инновационные лаборатории для подростков и как один из основателей Альянса организаций гражданского общества Таджикистана за образование добиваемся качественного образования для всех. На этом сайте – новости наших проектов, регионы, где мы работаем, и организации, с которыми мы сотрудничаем.',
    ],
    tg: [
      'Ассотсиатсияи зиёиёни илмӣ-техникӣ (ASTI) ташкилоти ҷамъиятӣ дар шаҳри Хуҷанд, маркази шимоли Тоҷикистон мебошад. Дар сафи он муҳандисон, олимон, омӯзгорон ва мутахассисони ҷавон муттаҳид шудаанд, ки бовар доранд: дониш он гоҳ арзиши воқеӣ пайдо мекунад, ки ба манфиати мардум хизмат намояд. Солҳои зиёд аст, ки ASTI ба сокинон, мақомоти маҳаллӣ ва дигар ташкилотҳои ғайриҳукуматӣ дар ҳалли масъалаҳои ҳаётан муҳим – камбизоатӣ, амният, таҳсил ва имкониятҳо барои ҷавонон – ёрӣ мерасонад.',
      'Мо якҷо бо шабакаи ташкилотҳои шарик дар саросари кишвар иҷрои стратегияи миллии паст кардани сатҳи камбизоатиро назорат кардем ва барои амнияти ҷамоаҳои сарҳадии водии Фарғона кор бурдем. Имрӯз мо ҳамроҳи ЮНИСЕФ лабораторияҳои инноватсиониро барои наврасон пеш мебарем ва ҳамчун яке аз муассисони Иттиҳоди ташкилотҳои ҷомеаи шаҳрвандии Тоҷикистон барои маориф барои таҳсилоти босифат барои ҳама талош меварзем. Дар ин сомона хабарҳои лоиҳаҳо, минтақаҳои фаъолият ва ташкилотҳои шарики моро пайдо мекунед.',
    ],
  },
}

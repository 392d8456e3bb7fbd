import type { TargetLocale } from '../../src/localization/locales'
import type { SeedCollection } from '../types'

type Approved = Partial<Record<TargetLocale, string>>

type Term = { term: string; approved: Approved; notes?: string; doNotTranslate?: boolean }

/**
 * Official terminology. The first block is every row of the reference list
 * (/work/shared/reference/glossary-zh-en.csv, term -> approved.en, note -> notes); other
 * languages are filled in only where the rendering is settled. The glossary is not localized.
 */
const reference: Term[] = [
  { term: '上海国际服务门户', approved: { en: 'International Services Shanghai' }, notes: "the portal's official English name" },
  { term: '一网通办', approved: { en: 'Government Online-Offline Shanghai' }, notes: "the city's online service system" },
  { term: '中国上海', approved: { en: 'Shanghai China' }, notes: "the city government's main portal" },
  {
    term: '上海市人民政府',
    approved: {
      en: "Shanghai Municipal People's Government",
      ja: '上海市人民政府',
      ko: '상하이시 인민정부',
      fr: 'Gouvernement populaire municipal de Shanghai',
      de: 'Volksregierung der Stadt Shanghai',
      es: 'Gobierno Popular Municipal de Shanghái',
      ru: 'Народное правительство города Шанхая',
      ar: 'حكومة بلدية شانغهاي الشعبية',
    },
  },
  {
    term: '上海市人民政府办公厅',
    approved: {
      en: "General Office of Shanghai Municipal People's Government",
      ja: '上海市人民政府弁公庁',
      ko: '상하이시 인민정부 판공청',
      ar: 'المكتب العام لحكومة بلدية شانغهاي الشعبية',
    },
  },
  {
    term: '市政府外办',
    approved: {
      en: 'Shanghai Municipal Foreign Affairs Office',
      ja: '上海市人民政府外事弁公室',
      ko: '상하이시 인민정부 외사판공실',
      fr: 'Bureau des affaires étrangères de la municipalité de Shanghai',
      de: 'Amt für auswärtige Angelegenheiten der Stadt Shanghai',
      es: 'Oficina de Asuntos Exteriores del Municipio de Shanghái',
      ru: 'Канцелярия иностранных дел города Шанхая',
      ar: 'مكتب الشؤون الخارجية لبلدية شانغهاي',
    },
    notes: 'full name 上海市人民政府外事办公室',
  },
  {
    term: '市公安局',
    approved: {
      en: 'Shanghai Municipal Public Security Bureau',
      ja: '上海市公安局',
      ko: '상하이시 공안국',
      fr: 'Bureau municipal de la sécurité publique de Shanghai',
      de: 'Städtisches Amt für öffentliche Sicherheit Shanghai',
      es: 'Oficina Municipal de Seguridad Pública de Shanghái',
      ru: 'Управление общественной безопасности города Шанхая',
      ar: 'مكتب الأمن العام لبلدية شانغهاي',
    },
  },
  {
    term: '出入境管理局',
    approved: {
      en: 'Exit-Entry Administration Bureau',
      ja: '出入境管理局',
      ko: '출입국관리국',
      fr: "Bureau de l'administration des entrées et sorties",
      de: 'Behörde für Ein- und Ausreiseverwaltung',
      es: 'Oficina de Administración de Entradas y Salidas',
      ru: 'Управление по делам въезда и выезда',
      ar: 'مكتب إدارة الدخول والخروج',
    },
  },
  {
    term: '市商务委',
    approved: {
      en: 'Shanghai Municipal Commission of Commerce',
      ja: '上海市商務委員会',
      ko: '상하이시 상무위원회',
      fr: 'Commission municipale du commerce de Shanghai',
      de: 'Handelskommission der Stadt Shanghai',
      es: 'Comisión Municipal de Comercio de Shanghái',
      ru: 'Комиссия по коммерции города Шанхая',
      ar: 'لجنة التجارة لبلدية شانغهاي',
    },
  },
  {
    term: '市人力资源社会保障局',
    approved: {
      en: 'Shanghai Municipal Human Resources and Social Security Bureau',
      ja: '上海市人力資源・社会保障局',
      ko: '상하이시 인력자원사회보장국',
      ar: 'مكتب الموارد البشرية والضمان الاجتماعي لبلدية شانغهاي',
    },
  },
  {
    term: '市数据局',
    approved: { en: 'Shanghai Municipal Data Bureau', ja: '上海市データ局', ko: '상하이시 데이터국', ar: 'مكتب البيانات لبلدية شانغهاي' },
  },
  {
    term: '市发展改革委',
    approved: {
      en: 'Shanghai Municipal Development and Reform Commission',
      ja: '上海市発展・改革委員会',
      ko: '상하이시 발전개혁위원회',
      ar: 'لجنة التنمية والإصلاح لبلدية شانغهاي',
    },
  },
  {
    term: '市税务局',
    approved: { en: 'Shanghai Municipal Tax Service', ja: '上海市税務局', ko: '상하이시 세무국', ar: 'مصلحة الضرائب لبلدية شانغهاي' },
  },
  {
    term: '浦东新区',
    approved: {
      en: 'Pudong New Area',
      ja: '浦東新区',
      ko: '푸둥신구',
      fr: 'nouvelle zone de Pudong',
      de: 'Neues Gebiet Pudong',
      es: 'Nueva Área de Pudong',
      ru: 'Новый район Пудун',
      ar: 'منطقة بودونغ الجديدة',
    },
  },
  {
    term: '临港新片区',
    approved: {
      en: 'Lingang Special Area',
      ja: '臨港新片区',
      ko: '린강신구역',
      fr: 'zone spéciale de Lingang',
      de: 'Sondergebiet Lingang',
      es: 'Área Especial de Lingang',
      ru: 'Особый район Линган',
      ar: 'منطقة لينغانغ الخاصة',
    },
    notes: 'of the China (Shanghai) Pilot Free Trade Zone',
  },
  {
    term: '中国(上海)自由贸易试验区',
    approved: {
      en: 'China (Shanghai) Pilot Free Trade Zone',
      ja: '中国（上海）自由貿易試験区',
      ko: '중국(상하이)자유무역시험구',
      fr: 'Zone pilote de libre-échange de Chine (Shanghai)',
      de: 'Pilot-Freihandelszone China (Shanghai)',
      es: 'Zona Piloto de Libre Comercio de China (Shanghái)',
      ru: 'Пилотная зона свободной торговли Китая (Шанхай)',
      ar: 'منطقة التجارة الحرة التجريبية الصينية (شانغهاي)',
    },
  },
  {
    term: '虹桥国际中央商务区',
    approved: {
      en: 'Hongqiao International Central Business District',
      ja: '虹橋国際中央ビジネス区',
      ko: '훙차오 국제중앙비즈니스구',
      ar: 'منطقة هونغتشياو الدولية للأعمال المركزية',
    },
  },
  {
    term: '东方枢纽国际商务合作区',
    approved: { en: 'Eastern Hub International Business Cooperation Zone', ja: '東方ハブ国際ビジネス協力区' },
  },
  {
    term: '长三角',
    approved: {
      en: 'Yangtze River Delta',
      ja: '長江デルタ',
      ko: '창장삼각주',
      fr: 'delta du Yangtsé',
      de: 'Jangtse-Delta',
      es: 'delta del río Yangtsé',
      ru: 'дельта реки Янцзы',
      ar: 'دلتا نهر اليانغتسي',
    },
  },
  {
    term: '长三角生态绿色一体化发展示范区',
    approved: { en: 'Demonstration Zone of Green and Integrated Ecological Development of the Yangtze River Delta' },
  },
  {
    term: '五个中心',
    approved: { en: '"Five Centers"' },
    notes: 'international economic, financial, trade, shipping and sci-tech innovation centers',
  },
  {
    term: '营商环境',
    approved: {
      en: 'business environment',
      ja: 'ビジネス環境',
      ko: '비즈니스 환경',
      fr: 'environnement des affaires',
      de: 'Geschäftsumfeld',
      es: 'entorno empresarial',
      ru: 'деловая среда',
      ar: 'بيئة الأعمال',
    },
  },
  {
    term: '政策解读',
    approved: {
      en: 'policy interpretation',
      ja: '政策解説',
      ko: '정책 해설',
      fr: 'interprétation des politiques',
      de: 'Politikerläuterung',
      es: 'interpretación de políticas',
      ru: 'разъяснение политики',
      ar: 'تفسير السياسات',
    },
  },
  {
    term: '签证延期',
    approved: {
      en: 'visa extension',
      ja: 'ビザ延長',
      ko: '비자 연장',
      fr: 'prolongation de visa',
      de: 'Visumverlängerung',
      es: 'prórroga de visado',
      ru: 'продление визы',
      ar: 'تمديد التأشيرة',
    },
  },
  {
    term: '停留证件',
    approved: {
      en: 'stay permit',
      ja: '停留証',
      es: 'permiso de estancia',
      ru: 'разрешение на временное пребывание',
      ar: 'تصريح البقاء',
    },
  },
  {
    term: '居留许可',
    approved: {
      en: 'residence permit',
      ja: '居留許可',
      ko: '거류허가',
      fr: 'permis de séjour',
      de: 'Aufenthaltserlaubnis',
      es: 'permiso de residencia',
      ru: 'вид на жительство',
      ar: 'تصريح الإقامة',
    },
  },
  {
    term: '外国人工作许可',
    approved: {
      en: "Foreigner's Work Permit",
      ja: '外国人就労許可',
      ko: '외국인 취업허가',
      fr: 'permis de travail pour étrangers',
      de: 'Arbeitserlaubnis für Ausländer',
      es: 'permiso de trabajo para extranjeros',
      ru: 'разрешение на работу для иностранцев',
      ar: 'تصريح العمل للأجانب',
    },
  },
  {
    term: '境外人员住宿登记',
    approved: {
      en: 'accommodation registration for overseas persons',
      ja: '国外人員宿泊登録',
      ko: '해외 인원 숙박 등록',
      ar: 'تسجيل السكن للأشخاص القادمين من الخارج',
    },
  },
  {
    term: '离境退税',
    approved: {
      en: 'departure tax refund',
      ja: '出国時免税還付',
      ko: '출국 시 세금 환급',
      fr: 'détaxe au départ',
      de: 'Steuerrückerstattung bei Ausreise',
      es: 'devolución de impuestos a la salida',
      ru: 'возврат налога при выезде',
      ar: 'استرداد الضريبة عند المغادرة',
    },
  },
  {
    term: '12345市民服务热线',
    approved: {
      en: '12345 Citizen Service Hotline',
      ja: '12345市民サービスホットライン',
      ko: '12345 시민서비스 핫라인',
      ar: 'الخط الساخن لخدمة المواطنين 12345',
    },
  },
  {
    term: '12367',
    approved: {
      en: '12367 National Immigration Administration service hotline',
      ja: '12367国家移民管理局サービスホットライン',
      ko: '12367 국가이민관리국 서비스 핫라인',
      ar: 'الخط الساخن لخدمات الإدارة الوطنية للهجرة 12367',
    },
  },
  { term: '政府开放月', approved: { en: 'Government Open Month' } },
  { term: '政策留言板', approved: { en: 'policy message board' } },
]

/** Further terms used across the demo content. */
const additional: Term[] = [
  {
    term: '外国人永久居留身份证',
    approved: {
      en: "Foreigner's Permanent Residence ID Card",
      ja: '外国人永久居留身分証',
      ko: '외국인 영구거류 신분증',
      fr: "carte d'identité de résident permanent pour étrangers",
      ar: 'بطاقة هوية الإقامة الدائمة للأجانب',
    },
  },
  {
    term: '工作类居留许可',
    approved: { en: 'residence permit for work', ja: '就労目的の居留許可', ko: '취업 거류허가', ar: 'تصريح الإقامة لغرض العمل' },
  },
  {
    term: '人才签证',
    approved: { en: 'talent visa (R visa)', ja: '人材ビザ（Rビザ）', ko: '인재 비자(R비자)', ar: 'تأشيرة الكفاءات (تأشيرة R)' },
    notes: '即R字签证，签发给外国高层次人才和急需紧缺专门人才',
  },
  {
    term: '外国高端人才确认函',
    approved: { en: 'Confirmation Letter of Foreign High-end Talent' },
    notes: '申请R字签证所需的确认文件',
  },
  {
    term: '外国人工作、居留单一窗口',
    approved: { en: "single window for foreigners' work and residence permits" },
    notes: '工作许可和居留许可一窗受理、并联办理',
  },
  {
    term: '随申办',
    approved: { en: 'Suishenban', ja: '随申辦（Suishenban）', ko: '쑤이선반(Suishenban)' },
    notes: '“一网通办”的移动端App和小程序；英文用拼音 Suishenban，首次出现时可加注 the Government Online-Offline Shanghai app',
  },
  {
    term: '即买即退',
    approved: {
      en: 'instant tax refund at the point of sale',
      ja: '購入時即時還付',
      ko: '구매 즉시 환급',
      ar: 'الاسترداد الفوري للضريبة عند الشراء',
    },
    notes: '离境退税的一种服务方式：购物时先行垫付退税款',
  },
  {
    term: '240小时过境免签',
    approved: {
      en: '240-hour visa-free transit',
      ja: '240時間トランジットビザ免除',
      ko: '240시간 무비자 환승',
      fr: 'transit sans visa de 240 heures',
      de: '240-stündige visumfreie Durchreise',
      es: 'tránsito sin visado de 240 horas',
      ru: '240-часовой безвизовый транзит',
      ar: 'العبور دون تأشيرة لمدة 240 ساعة',
    },
  },
  {
    term: '中国国际进口博览会',
    approved: {
      en: 'China International Import Expo',
      ja: '中国国際輸入博覧会',
      ko: '중국국제수입박람회',
      fr: "Exposition internationale d'importation de Chine",
      de: 'China International Import Expo',
      es: 'Exposición Internacional de Importaciones de China',
      ru: 'Китайская международная импортная выставка',
      ar: 'معرض الصين الدولي للاستيراد',
    },
    notes: '简称进博会，英文简称 CIIE',
  },
  { term: '张江科学城', approved: { en: 'Zhangjiang Science City', ja: '張江サイエンスシティ' } },
  { term: '陆家嘴金融城', approved: { en: 'Lujiazui Financial City', ja: '陸家嘴金融城' } },
  { term: '东方枢纽', approved: { en: 'Eastern Hub' }, notes: '浦东国际机场与上海东站组成的综合交通枢纽' },
  { term: '文号', approved: { en: 'document number', ja: '文書番号', ko: '문서번호' }, notes: '如 沪府办规〔2025〕3号' },
  { term: '12345', approved: {}, doNotTranslate: true, notes: '市民服务热线号码，原样保留；全称见“12345市民服务热线”' },
  { term: '12366', approved: {}, doNotTranslate: true, notes: '纳税缴费服务热线号码，原样保留' },
]

export const glossary: SeedCollection = {
  collection: 'glossary',
  keyField: 'term',
  docs: [...reference, ...additional].map(({ term, approved, notes, doNotTranslate = false }) => ({
    key: term,
    data: { term, approved, doNotTranslate, ...(notes ? { notes } : {}) },
  })),
}

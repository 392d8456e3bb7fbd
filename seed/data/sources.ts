import type { SeedCollection } from '../types'

/**
 * Issuing departments (信源). English names follow the official glossary
 * (/work/shared/reference/glossary-zh-en.csv) where it lists them.
 */
export const sources: SeedCollection = {
  collection: 'sources',
  keyField: 'slug',
  docs: [
    {
      key: 'fao',
      data: { slug: 'fao', name: '上海市人民政府外事办公室', abbreviation: '市政府外办', website: 'https://wsb.sh.gov.cn' },
      translations: {
        en: { name: 'Shanghai Municipal Foreign Affairs Office', abbreviation: 'FAO' },
        ja: { name: '上海市人民政府外事弁公室', abbreviation: '市政府外事弁' },
        ko: { name: '상하이시 인민정부 외사판공실', abbreviation: '시 외사판공실' },
        ar: { name: 'مكتب الشؤون الخارجية لبلدية شانغهاي', abbreviation: 'مكتب الشؤون الخارجية' },
      },
    },
    {
      key: 'shanghai-gov',
      data: { slug: 'shanghai-gov', name: '上海市人民政府', abbreviation: '市政府', website: 'https://www.shanghai.gov.cn' },
      translations: {
        en: { name: "Shanghai Municipal People's Government", abbreviation: 'Municipal Government' },
        ja: { name: '上海市人民政府', abbreviation: '市政府' },
        ko: { name: '상하이시 인민정부', abbreviation: '시 정부' },
        ar: { name: 'حكومة بلدية شانغهاي الشعبية', abbreviation: 'حكومة البلدية' },
      },
    },
    {
      key: 'gov-office',
      data: {
        slug: 'gov-office',
        name: '上海市人民政府办公厅',
        abbreviation: '市政府办公厅',
        website: 'https://www.shanghai.gov.cn',
      },
      translations: {
        en: { name: "General Office of Shanghai Municipal People's Government", abbreviation: 'General Office' },
        ja: { name: '上海市人民政府弁公庁', abbreviation: '市政府弁公庁' },
        ko: { name: '상하이시 인민정부 판공청', abbreviation: '시 정부 판공청' },
        ar: { name: 'المكتب العام لحكومة بلدية شانغهاي الشعبية', abbreviation: 'المكتب العام' },
      },
    },
    {
      key: 'psb',
      data: { slug: 'psb', name: '上海市公安局', abbreviation: '市公安局', website: 'https://gaj.sh.gov.cn' },
      translations: {
        en: { name: 'Shanghai Municipal Public Security Bureau', abbreviation: 'Shanghai PSB' },
        ja: { name: '上海市公安局', abbreviation: '市公安局' },
        ko: { name: '상하이시 공안국', abbreviation: '시 공안국' },
        ar: { name: 'مكتب الأمن العام لبلدية شانغهاي', abbreviation: 'مكتب الأمن العام' },
      },
    },
    {
      key: 'exit-entry',
      data: {
        slug: 'exit-entry',
        name: '上海市公安局出入境管理局',
        abbreviation: '市公安局出入境管理局',
        website: 'https://gaj.sh.gov.cn/crj/',
      },
      translations: {
        en: {
          name: 'Exit-Entry Administration Bureau of Shanghai Municipal Public Security Bureau',
          abbreviation: 'Exit-Entry Administration Bureau',
        },
        ja: { name: '上海市公安局出入境管理局', abbreviation: '出入境管理局' },
        ko: { name: '상하이시 공안국 출입국관리국', abbreviation: '출입국관리국' },
        ar: { name: 'مكتب إدارة الدخول والخروج التابع لمكتب الأمن العام لبلدية شانغهاي', abbreviation: 'مكتب إدارة الدخول والخروج' },
      },
    },
    {
      key: 'hrss',
      data: {
        slug: 'hrss',
        name: '上海市人力资源和社会保障局',
        abbreviation: '市人力资源社会保障局',
        website: 'https://rsj.sh.gov.cn',
      },
      translations: {
        en: { name: 'Shanghai Municipal Human Resources and Social Security Bureau', abbreviation: 'Shanghai HRSS Bureau' },
        ja: { name: '上海市人力資源・社会保障局', abbreviation: '市人社局' },
        ko: { name: '상하이시 인력자원사회보장국', abbreviation: '시 인력자원사회보장국' },
        ar: { name: 'مكتب الموارد البشرية والضمان الاجتماعي لبلدية شانغهاي', abbreviation: 'مكتب الموارد البشرية' },
      },
    },
    {
      key: 'stcsm',
      data: {
        slug: 'stcsm',
        name: '上海市科学技术委员会（上海市外国专家局）',
        abbreviation: '市科委',
        website: 'https://stcsm.sh.gov.cn',
      },
      translations: {
        en: {
          name: 'Science and Technology Commission of Shanghai Municipality (Shanghai Administration of Foreign Experts Affairs)',
          abbreviation: 'STCSM',
        },
        ja: { name: '上海市科学技術委員会（上海市外国専門家局）', abbreviation: '市科委' },
        ko: { name: '상하이시 과학기술위원회(상하이시 외국전문가국)', abbreviation: '시 과기위' },
        ar: { name: 'لجنة العلوم والتكنولوجيا لبلدية شانغهاي (إدارة شؤون الخبراء الأجانب)', abbreviation: 'لجنة العلوم والتكنولوجيا' },
      },
    },
    {
      key: 'commerce',
      data: { slug: 'commerce', name: '上海市商务委员会', abbreviation: '市商务委', website: 'https://sww.sh.gov.cn' },
      translations: {
        en: { name: 'Shanghai Municipal Commission of Commerce', abbreviation: 'SCOFCOM' },
        ja: { name: '上海市商務委員会', abbreviation: '市商務委' },
        ko: { name: '상하이시 상무위원회', abbreviation: '시 상무위' },
        ar: { name: 'لجنة التجارة لبلدية شانغهاي', abbreviation: 'لجنة التجارة' },
      },
    },
    {
      key: 'tax',
      data: {
        slug: 'tax',
        name: '国家税务总局上海市税务局',
        abbreviation: '市税务局',
        website: 'https://shanghai.chinatax.gov.cn',
      },
      translations: {
        en: { name: 'Shanghai Municipal Tax Service', abbreviation: 'Shanghai Tax Service' },
        ja: { name: '国家税務総局上海市税務局', abbreviation: '市税務局' },
        ko: { name: '국가세무총국 상하이시 세무국', abbreviation: '시 세무국' },
        ar: { name: 'مصلحة الضرائب لبلدية شانغهاي', abbreviation: 'مصلحة الضرائب' },
      },
    },
    {
      key: 'data-bureau',
      data: { slug: 'data-bureau', name: '上海市数据局', abbreviation: '市数据局', website: 'https://sjj.sh.gov.cn' },
      translations: {
        en: { name: 'Shanghai Municipal Data Bureau', abbreviation: 'Data Bureau' },
        ja: { name: '上海市データ局', abbreviation: '市データ局' },
        ko: { name: '상하이시 데이터국', abbreviation: '시 데이터국' },
        ar: { name: 'مكتب البيانات لبلدية شانغهاي', abbreviation: 'مكتب البيانات' },
      },
    },
    {
      key: 'ndrc',
      data: { slug: 'ndrc', name: '上海市发展和改革委员会', abbreviation: '市发展改革委', website: 'https://fgw.sh.gov.cn' },
      translations: {
        en: { name: 'Shanghai Municipal Development and Reform Commission', abbreviation: 'Shanghai DRC' },
        ja: { name: '上海市発展・改革委員会', abbreviation: '市発展改革委' },
        ko: { name: '상하이시 발전개혁위원회', abbreviation: '시 발전개혁위' },
        ar: { name: 'لجنة التنمية والإصلاح لبلدية شانغهاي', abbreviation: 'لجنة التنمية والإصلاح' },
      },
    },
    {
      key: 'pudong',
      data: { slug: 'pudong', name: '上海市浦东新区人民政府', abbreviation: '浦东新区政府', website: 'https://www.pudong.gov.cn' },
      translations: {
        en: { name: "People's Government of Pudong New Area, Shanghai", abbreviation: 'Pudong New Area Government' },
        ja: { name: '上海市浦東新区人民政府', abbreviation: '浦東新区政府' },
        ko: { name: '상하이시 푸둥신구 인민정부', abbreviation: '푸둥신구 정부' },
        ar: { name: 'الحكومة الشعبية لمنطقة بودونغ الجديدة في شانغهاي', abbreviation: 'حكومة منطقة بودونغ الجديدة' },
      },
    },
    {
      key: 'lingang',
      data: {
        slug: 'lingang',
        name: '中国（上海）自由贸易试验区临港新片区管理委员会',
        abbreviation: '临港新片区管委会',
        website: 'https://www.lingang.gov.cn',
      },
      translations: {
        en: {
          name: 'Administrative Committee of Lingang Special Area of China (Shanghai) Pilot Free Trade Zone',
          abbreviation: 'Lingang Special Area Administration',
        },
        ja: { name: '中国（上海）自由貿易試験区臨港新片区管理委員会', abbreviation: '臨港新片区管理委員会' },
        ko: { name: '중국(상하이)자유무역시험구 린강신구역 관리위원회', abbreviation: '린강신구역 관리위원회' },
        ar: {
          name: 'اللجنة الإدارية لمنطقة لينغانغ الخاصة في منطقة التجارة الحرة التجريبية الصينية (شانغهاي)',
          abbreviation: 'إدارة منطقة لينغانغ الخاصة',
        },
      },
    },
    {
      key: 'culture-tourism',
      data: {
        slug: 'culture-tourism',
        name: '上海市文化和旅游局',
        abbreviation: '市文化旅游局',
        website: 'https://whlyj.sh.gov.cn',
      },
      translations: {
        en: { name: 'Shanghai Municipal Administration of Culture and Tourism', abbreviation: 'Culture and Tourism Administration' },
        ja: { name: '上海市文化・観光局', abbreviation: '市文化観光局' },
        ko: { name: '상하이시 문화관광국', abbreviation: '시 문화관광국' },
        ar: { name: 'إدارة الثقافة والسياحة لبلدية شانغهاي', abbreviation: 'إدارة الثقافة والسياحة' },
      },
    },
  ],
}

import type { TargetLocale } from '../../src/localization/locales'
import { ref, type SeedCollection, type SeedDoc } from '../types'

type Names = { zh: string } & Record<TargetLocale, string>

type TopicRow = {
  key: string
  parent?: string
  names: Names
  description: { zh: string; en: string }
}

/** Topic names are short, so every language is given; descriptions in Chinese and English. */
const rows: TopicRow[] = [
  {
    key: 'entry-exit',
    names: { zh: '出入境', en: 'Entry and Exit', ja: '出入国', ko: '출입국', fr: 'Entrée et sortie', de: 'Ein- und Ausreise', es: 'Entrada y salida', ru: 'Въезд и выезд', ar: 'الدخول والخروج' },
    description: {
      zh: '签证、停留、居留和出入境证件办理。',
      en: 'Visas, stays, residence and exit-entry documents.',
    },
  },
  {
    key: 'visas',
    parent: 'entry-exit',
    names: { zh: '签证', en: 'Visas', ja: '査証（ビザ）', ko: '비자', fr: 'Visas', de: 'Visa', es: 'Visados', ru: 'Визы', ar: 'التأشيرات' },
    description: {
      zh: '签证申请、延期、换发、补发以及过境免签政策。',
      en: 'Applying for, extending, renewing and replacing visas, and visa-free transit.',
    },
  },
  {
    key: 'residence',
    parent: 'entry-exit',
    names: { zh: '居留', en: 'Residence', ja: '居留', ko: '거류', fr: 'Séjour', de: 'Aufenthalt', es: 'Residencia', ru: 'Проживание', ar: 'الإقامة' },
    description: {
      zh: '停留证件、居留许可和境外人员住宿登记。',
      en: 'Stay permits, residence permits and accommodation registration for overseas persons.',
    },
  },
  {
    key: 'permanent-residence',
    parent: 'entry-exit',
    names: { zh: '永久居留', en: 'Permanent Residence', ja: '永住', ko: '영주', fr: 'Résidence permanente', de: 'Daueraufenthalt', es: 'Residencia permanente', ru: 'Постоянное проживание', ar: 'الإقامة الدائمة' },
    description: {
      zh: '外国人永久居留身份证的申请条件和办理流程。',
      en: "Who can apply for the Foreigner's Permanent Residence ID Card, and how.",
    },
  },
  {
    key: 'employment',
    names: { zh: '就业', en: 'Employment', ja: '就労', ko: '취업', fr: 'Emploi', de: 'Beschäftigung', es: 'Empleo', ru: 'Трудоустройство', ar: 'العمل' },
    description: {
      zh: '在沪工作的外国人需要了解的许可、合同和社会保障事项。',
      en: 'Permits, contracts and social security for foreign nationals working in Shanghai.',
    },
  },
  {
    key: 'work-permits',
    parent: 'employment',
    names: { zh: '工作许可', en: 'Work Permits', ja: '就労許可', ko: '취업허가', fr: 'Permis de travail', de: 'Arbeitserlaubnis', es: 'Permisos de trabajo', ru: 'Разрешения на работу', ar: 'تصاريح العمل' },
    description: {
      zh: '外国人来华工作许可、人才签证和工作类居留许可。',
      en: "The Foreigner's Work Permit, the talent (R) visa and residence permits for work.",
    },
  },
  {
    key: 'social-insurance',
    parent: 'employment',
    names: { zh: '社会保险', en: 'Social Insurance', ja: '社会保険', ko: '사회보험', fr: 'Assurance sociale', de: 'Sozialversicherung', es: 'Seguridad social', ru: 'Социальное страхование', ar: 'التأمين الاجتماعي' },
    description: {
      zh: '在沪就业外国人参加养老、医疗等社会保险。',
      en: 'Pension, medical and other social insurance for foreign employees in Shanghai.',
    },
  },
  {
    key: 'investment',
    names: { zh: '投资', en: 'Investment', ja: '投資', ko: '투자', fr: 'Investissement', de: 'Investitionen', es: 'Inversión', ru: 'Инвестиции', ar: 'الاستثمار' },
    description: {
      zh: '外商投资准入、重点功能区和营商环境。',
      en: 'Market access for foreign investment, key functional zones and the business environment.',
    },
  },
  {
    key: 'business-environment',
    parent: 'investment',
    names: { zh: '营商环境', en: 'Business Environment', ja: 'ビジネス環境', ko: '비즈니스 환경', fr: 'Environnement des affaires', de: 'Geschäftsumfeld', es: 'Entorno empresarial', ru: 'Деловая среда', ar: 'بيئة الأعمال' },
    description: {
      zh: '优化营商环境的改革举措和企业服务。',
      en: 'Reforms that improve the business environment, and services for companies.',
    },
  },
  {
    key: 'taxation',
    names: { zh: '税务', en: 'Taxation', ja: '税務', ko: '세무', fr: 'Fiscalité', de: 'Steuern', es: 'Fiscalidad', ru: 'Налоги', ar: 'الضرائب' },
    description: {
      zh: '个人所得税、企业税收和涉税服务。',
      en: 'Individual income tax, corporate tax and tax services.',
    },
  },
  {
    key: 'tax-refund',
    parent: 'taxation',
    names: { zh: '离境退税', en: 'Departure Tax Refund', ja: '出国時免税還付', ko: '출국 시 세금 환급', fr: 'Détaxe au départ', de: 'Steuerrückerstattung bei Ausreise', es: 'Devolución de impuestos a la salida', ru: 'Возврат налога при выезде', ar: 'استرداد الضريبة عند المغادرة' },
    description: {
      zh: '境外旅客购物离境退税和“即买即退”服务。',
      en: 'Departure tax refunds for overseas visitors, including instant refunds at the point of sale.',
    },
  },
  {
    key: 'living',
    names: { zh: '生活', en: 'Living in Shanghai', ja: '生活', ko: '생활', fr: 'Vivre à Shanghai', de: 'Leben in Shanghai', es: 'Vivir en Shanghái', ru: 'Жизнь в Шанхае', ar: 'الحياة في شانغهاي' },
    description: {
      zh: '住房、支付、通信等日常生活服务。',
      en: 'Housing, payments, phones and other everyday services.',
    },
  },
  {
    key: 'payments',
    parent: 'living',
    names: { zh: '支付便利', en: 'Payments', ja: '決済', ko: '결제', fr: 'Paiements', de: 'Bezahlen', es: 'Pagos', ru: 'Платежи', ar: 'الدفع' },
    description: {
      zh: '境外银行卡、移动支付和现金使用。',
      en: 'Using foreign bank cards, mobile payment and cash.',
    },
  },
  {
    key: 'transport',
    parent: 'living',
    names: { zh: '交通出行', en: 'Transport', ja: '交通', ko: '교통', fr: 'Transports', de: 'Verkehr', es: 'Transporte', ru: 'Транспорт', ar: 'النقل' },
    description: {
      zh: '机场、地铁、出租车和驾驶证。',
      en: "Airports, the metro, taxis and driver's licences.",
    },
  },
  {
    key: 'education',
    names: { zh: '教育', en: 'Education', ja: '教育', ko: '교육', fr: 'Éducation', de: 'Bildung', es: 'Educación', ru: 'Образование', ar: 'التعليم' },
    description: {
      zh: '外籍人员子女学校、来华留学和语言学习。',
      en: 'Schools for children of foreign nationals, studying in China and learning Chinese.',
    },
  },
  {
    key: 'healthcare',
    names: { zh: '医疗', en: 'Healthcare', ja: '医療', ko: '의료', fr: 'Santé', de: 'Gesundheit', es: 'Sanidad', ru: 'Здравоохранение', ar: 'الرعاية الصحية' },
    description: {
      zh: '国际医疗服务、外语就诊和商业医疗保险。',
      en: 'International medical services, care in foreign languages and commercial health insurance.',
    },
  },
  {
    key: 'culture-tourism',
    names: { zh: '文化旅游', en: 'Culture and Tourism', ja: '文化・観光', ko: '문화관광', fr: 'Culture et tourisme', de: 'Kultur und Tourismus', es: 'Cultura y turismo', ru: 'Культура и туризм', ar: 'الثقافة والسياحة' },
    description: {
      zh: '入境旅游、文化活动和城市体验。',
      en: 'Inbound travel, cultural events and experiencing the city.',
    },
  },
]

const toDoc = ({ key, parent, names, description }: TopicRow): SeedDoc => {
  const { zh, en, ...others } = names
  return {
    key,
    data: { slug: key, name: zh, description: description.zh, ...(parent ? { parent: ref('topics', parent) } : {}) },
    translations: {
      en: { name: en, description: description.en },
      ...Object.fromEntries(Object.entries(others).map(([locale, name]) => [locale, { name }])),
    },
  }
}

/** Parents come before their children, so refs resolve in one pass. */
export const topics: SeedCollection = { collection: 'topics', keyField: 'slug', docs: rows.map(toDoc) }

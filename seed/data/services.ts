import type { TargetLocale } from '../../src/localization/locales'
import { richText } from '../richText'
import { ref, type SeedCollection } from '../types'

/**
 * A fragment several services share (an office, a common material, a common step): its
 * localized texts per language, and its plain fields on the Chinese row only (translations
 * carry only localized fields). The languages given become the type, so a service translated
 * into a language can only use fragments that have it.
 */
type Texts = Record<string, string>

const shared = <T extends { zh: Texts; en: Texts } & Partial<Record<TargetLocale, Texts>>>(
  texts: T,
  plain: Record<string, unknown> = {},
) => ({ ...texts, zh: { ...texts.zh, ...plain } })

const onlineService = (id: string) => ({ url: `https://zwdt.sh.gov.cn/govPortals/bsfw/item/${id}` })

// ---------------------------------------------------------------------------------------------
// Offices
// ---------------------------------------------------------------------------------------------

const office = {
  /** Also the city's single window for foreigners' work and residence permits. */
  exitEntry: shared(
    {
      zh: {
        name: '上海市公安局出入境管理局（外国人工作、居留单一窗口）',
        address: '上海市浦东新区民生路1500号（地铁2号线上海科技馆站、9号线杨高中路站）',
        hours: '周一至周六 9:00–17:00（国定节假日除外）',
      },
      en: {
        name: "Exit-Entry Administration Bureau of Shanghai Municipal Public Security Bureau (single window for foreigners' work and residence permits)",
        address: '1500 Minsheng Road, Pudong New Area, Shanghai (Metro Line 2 Shanghai Science and Technology Museum Station; Line 9 Yanggao Road (M) Station)',
        hours: 'Monday to Saturday, 9:00–17:00 (closed on public holidays)',
      },
      ja: {
        name: '上海市公安局出入境管理局（外国人就労・居留ワンストップ窓口）',
        address: '上海市浦東新区民生路1500号（地下鉄2号線「上海科技館」駅、9号線「楊高中路」駅）',
        hours: '月曜日〜土曜日 9:00〜17:00（祝日を除く）',
      },
      ko: {
        name: '상하이시 공안국 출입국관리국(외국인 취업·거류 원스톱 창구)',
        address: '상하이시 푸둥신구 민성로 1500호(지하철 2호선 상하이과기관역, 9호선 양가오중루역)',
        hours: '월요일~토요일 9:00~17:00(법정 공휴일 제외)',
      },
      ar: {
        name: 'مكتب إدارة الدخول والخروج التابع لمكتب الأمن العام لبلدية شانغهاي (الشبّاك الموحد لتصاريح عمل الأجانب وإقامتهم)',
        address: 'رقم 1500 طريق مينشنغ، منطقة بودونغ الجديدة، شانغهاي (محطة متحف شانغهاي للعلوم والتكنولوجيا على الخط 2، ومحطة طريق يانغاو الأوسط على الخط 9)',
        hours: 'من الاثنين إلى السبت، 9:00–17:00 (عدا العطلات الرسمية)',
      },
    },
    { phone: '021-28951900', website: 'https://gaj.sh.gov.cn/crj/', latitude: 31.2262, longitude: 121.5466 },
  ),
  lingang: shared(
    {
      zh: {
        name: '临港新片区外国人工作、居留服务窗口',
        address: '上海市浦东新区申港大道200号',
        hours: '周一至周五 9:00–17:00（国定节假日除外）',
      },
      en: {
        name: "Lingang Special Area service window for foreigners' work and residence",
        address: '200 Shengang Avenue, Pudong New Area, Shanghai',
        hours: 'Monday to Friday, 9:00–17:00 (closed on public holidays)',
      },
    },
    { phone: '12345', website: 'https://www.lingang.gov.cn', latitude: 30.9006, longitude: 121.9312 },
  ),
  pvgRefund: shared(
    {
      zh: {
        name: '浦东国际机场离境退税代理点（T1、T2航站楼）',
        address: '上海市浦东新区浦东国际机场T1、T2航站楼出境隔离区内',
        hours: '与国际航班运行时间同步',
      },
      en: {
        name: 'Departure tax refund desks, Pudong International Airport (Terminals 1 and 2)',
        address: 'Departure area after passport control, Terminals 1 and 2, Pudong International Airport, Pudong New Area, Shanghai',
        hours: 'Open whenever international flights operate',
      },
      ja: {
        name: '浦東国際空港 出国時免税還付カウンター（第1・第2ターミナル）',
        address: '上海市浦東新区 浦東国際空港第1・第2ターミナル 出国審査後エリア内',
        hours: '国際線の運航時間に合わせて営業',
      },
      ko: {
        name: '푸둥국제공항 출국 시 세금 환급 창구(T1·T2 터미널)',
        address: '상하이시 푸둥신구 푸둥국제공항 T1·T2 터미널 출국 심사 후 구역',
        hours: '국제선 운항 시간에 맞춰 운영',
      },
      ar: {
        name: 'مكاتب استرداد الضريبة عند المغادرة، مطار بودونغ الدولي (المبنيان 1 و2)',
        address: 'منطقة المغادرة بعد ختم الجوازات، المبنيان 1 و2، مطار بودونغ الدولي، منطقة بودونغ الجديدة، شانغهاي',
        hours: 'تعمل طوال ساعات تشغيل الرحلات الدولية',
      },
    },
    { phone: '12366', website: 'https://shanghai.chinatax.gov.cn', latitude: 31.1443, longitude: 121.8083 },
  ),
  shaRefund: shared(
    {
      zh: {
        name: '虹桥国际机场离境退税代理点（T1航站楼）',
        address: '上海市长宁区虹桥国际机场T1航站楼出境隔离区内',
        hours: '与国际及地区航班运行时间同步',
      },
      en: {
        name: 'Departure tax refund desk, Hongqiao International Airport (Terminal 1)',
        address: 'Departure area after passport control, Terminal 1, Hongqiao International Airport, Changning District, Shanghai',
        hours: 'Open whenever international and regional flights operate',
      },
      ja: {
        name: '虹橋国際空港 出国時免税還付カウンター（第1ターミナル）',
        address: '上海市長寧区 虹橋国際空港第1ターミナル 出国審査後エリア内',
        hours: '国際線・地域線の運航時間に合わせて営業',
      },
      ko: {
        name: '훙차오국제공항 출국 시 세금 환급 창구(T1 터미널)',
        address: '상하이시 창닝구 훙차오국제공항 T1 터미널 출국 심사 후 구역',
        hours: '국제선·지역선 운항 시간에 맞춰 운영',
      },
      ar: {
        name: 'مكتب استرداد الضريبة عند المغادرة، مطار هونغتشياو الدولي (المبنى 1)',
        address: 'منطقة المغادرة بعد ختم الجوازات، المبنى 1، مطار هونغتشياو الدولي، حي تشانغنينغ، شانغهاي',
        hours: 'يعمل طوال ساعات تشغيل الرحلات الدولية والإقليمية',
      },
    },
    { phone: '12366', website: 'https://shanghai.chinatax.gov.cn', latitude: 31.1979, longitude: 121.3363 },
  ),
  /** Accommodation registration is done at the station covering the address, so no single address. */
  localPolice: shared(
    {
      zh: {
        name: '居住地公安派出所',
        address: '住宿地所在辖区的公安派出所，地址可通过“随申办”App或12345市民服务热线查询',
        hours: '以各派出所公布的对外办公时间为准',
      },
      en: {
        name: 'Local police station',
        address: 'The police station responsible for the address where you stay; find it in the Suishenban app or through the 12345 Citizen Service Hotline',
        hours: 'As published by each police station',
      },
      ko: {
        name: '거주지 관할 파출소',
        address: '숙박지 관할 공안 파출소. 주소는 「쑤이선반」 앱 또는 12345 시민서비스 핫라인에서 확인할 수 있습니다',
        hours: '각 파출소가 공시한 업무 시간에 따름',
      },
      ar: {
        name: 'مركز الشرطة المحلي',
        address: 'مركز الشرطة المسؤول عن عنوان سكنك؛ يمكنك معرفته عبر تطبيق Suishenban أو الخط الساخن لخدمة المواطنين 12345',
        hours: 'وفق مواعيد العمل التي يعلنها كل مركز شرطة',
      },
    },
    { phone: '12345', website: 'https://gaj.sh.gov.cn' },
  ),
  vehicles: shared(
    {
      zh: {
        name: '上海市公安局交通警察总队车辆管理所第一分所（境外驾驶证换证窗口）',
        address: '上海市浦东新区华夏西路2999号',
        hours: '周一至周五 9:00–17:00，周六 9:00–12:00（国定节假日除外）',
      },
      en: {
        name: "Vehicle Administration Office No. 1, Traffic Police Headquarters of Shanghai Municipal Public Security Bureau (foreign driver's licence exchange counter)",
        address: '2999 Huaxia West Road, Pudong New Area, Shanghai',
        hours: 'Monday to Friday, 9:00–17:00; Saturday, 9:00–12:00 (closed on public holidays)',
      },
    },
    { phone: '12345', website: 'https://gaj.sh.gov.cn', latitude: 31.1771, longitude: 121.5608 },
  ),
}

// ---------------------------------------------------------------------------------------------
// Materials and steps common to the immigration services
// ---------------------------------------------------------------------------------------------

const material = {
  passport: shared(
    {
      zh: { name: '护照原件及复印件', notes: '复印资料页、有效签证或居留证件页及最近一次入境验讫章页。' },
      en: {
        name: 'Original passport and photocopies',
        notes: 'Copy the photo page, the page with your valid visa or residence permit and the page with your latest entry stamp.',
      },
      ja: { name: 'パスポート原本とコピー', notes: '顔写真のページ、有効なビザまたは居留証のページ、最新の入国スタンプのページをコピーしてください。' },
      ko: { name: '여권 원본 및 사본', notes: '인적 사항 면, 유효한 비자 또는 거류증 면, 최근 입국 도장 면을 복사하십시오.' },
      ar: {
        name: 'جواز السفر الأصلي ونسخ منه',
        notes: 'انسخ صفحة البيانات الشخصية، وصفحة التأشيرة أو تصريح الإقامة الساري، وصفحة ختم آخر دخول.',
      },
    },
    { copies: 1, originalRequired: true },
  ),
  form: shared(
    {
      zh: { name: '《外国人签证证件申请表》', notes: '可在网上预约时在线填写并打印，由申请人本人签名。' },
      en: {
        name: 'Visa and Residence Permit Application Form for Foreigners',
        notes: 'Fill it in online when you book and print it; the applicant signs it in person.',
      },
      ja: { name: '「外国人ビザ・証件申請表」', notes: 'オンライン予約の際に入力して印刷し、申請者本人が署名してください。' },
      ko: { name: '「외국인 비자·증명서 신청서」', notes: '온라인 예약 시 작성하여 출력한 후 신청인 본인이 서명하십시오.' },
      ar: {
        name: 'استمارة طلب التأشيرة وتصريح الإقامة للأجانب',
        notes: 'تُملأ إلكترونيًا عند حجز الموعد ثم تُطبع، ويوقّعها مقدم الطلب بنفسه.',
      },
    },
    { copies: 1, originalRequired: true },
  ),
  photo: shared(
    {
      zh: { name: '近期彩色照片', notes: '近6个月内正面免冠白色背景彩色照片一张（48mm×33mm），或出入境证件数码照片回执。' },
      en: {
        name: 'Recent colour photograph',
        notes: 'One full-face colour photo against a white background, taken within the last 6 months (48 mm × 33 mm), or a digital photo receipt for exit-entry documents.',
      },
      ja: { name: '最近のカラー写真', notes: '6か月以内に撮影した正面・無帽・白背景のカラー写真1枚（48mm×33mm）、または出入境証件用デジタル写真の受領書。' },
      ko: { name: '최근 컬러 사진', notes: '최근 6개월 이내 촬영한 정면·탈모·흰색 배경 컬러 사진 1매(48mm×33mm) 또는 출입국 증명서용 디지털 사진 영수증.' },
      ar: {
        name: 'صورة شخصية ملونة حديثة',
        notes: 'صورة ملونة واحدة للوجه كاملًا دون غطاء رأس وبخلفية بيضاء، التُقطت خلال الأشهر الستة الأخيرة (48 × 33 ملم)، أو إيصال الصورة الرقمية لوثائق الدخول والخروج.',
      },
    },
    { copies: 1, originalRequired: true },
  ),
  accommodation: shared(
    {
      zh: { name: '《境外人员住宿登记表》', notes: '入住宾馆的由宾馆登记；住在其他处所的，须在入住后24小时内办理。' },
      en: {
        name: 'Accommodation Registration Form for Overseas Persons',
        notes: 'Hotels register their guests; if you stay anywhere else you must register within 24 hours of arrival.',
      },
      ja: { name: '「国外人員宿泊登記表」', notes: 'ホテル宿泊の場合はホテルが登録します。それ以外の場所に滞在する場合は到着後24時間以内に登録が必要です。' },
      ko: { name: '「해외 인원 숙박 등기표」', notes: '호텔 투숙 시에는 호텔이 등록합니다. 그 밖의 장소에 머무는 경우 도착 후 24시간 이내에 등록해야 합니다.' },
      ar: {
        name: 'استمارة تسجيل السكن للأشخاص القادمين من الخارج',
        notes: 'تتولى الفنادق تسجيل نزلائها؛ أما إذا أقمت في مكان آخر فعليك التسجيل خلال 24 ساعة من وصولك.',
      },
    },
    { copies: 1, originalRequired: false },
  ),
}

const step = {
  book: shared({
    zh: { title: '网上预约', description: '通过“一网通办”平台或“随申办”App预约受理时间，并在线填写申请表。' },
    en: {
      title: 'Book an appointment online',
      description: 'Book a time slot and fill in the application form through Government Online-Offline Shanghai or the Suishenban app.',
    },
    ja: { title: 'オンライン予約', description: '「一網通辦」プラットフォームまたは「随申辦」アプリで受付時間を予約し、申請表をオンラインで入力します。' },
    ko: { title: '온라인 예약', description: '「이왕퉁반」 플랫폼 또는 「쑤이선반」 앱에서 접수 시간을 예약하고 신청서를 온라인으로 작성합니다.' },
    ar: {
      title: 'حجز موعد عبر الإنترنت',
      description: 'احجز موعدًا واملأ استمارة الطلب عبر منصة الخدمات الحكومية الإلكترونية في شانغهاي أو تطبيق Suishenban.',
    },
  }),
  submit: shared({
    zh: { title: '现场递交材料', description: '按预约时间携带全部材料到受理窗口递交，年满16周岁的申请人需现场采集指纹。' },
    en: {
      title: 'Submit your documents in person',
      description: 'Bring all documents to the counter at your booked time. Applicants aged 16 or over give their fingerprints on site.',
    },
    ja: { title: '窓口で書類を提出', description: '予約時間に必要書類をすべて持参して窓口に提出します。16歳以上の申請者はその場で指紋を採取します。' },
    ko: { title: '창구에서 서류 제출', description: '예약 시간에 모든 서류를 지참하여 창구에 제출합니다. 만 16세 이상 신청인은 현장에서 지문을 채취합니다.' },
    ar: {
      title: 'تقديم المستندات شخصيًا',
      description: 'أحضر جميع المستندات إلى الشبّاك في موعدك المحجوز. يقدّم مقدمو الطلبات الذين بلغوا 16 عامًا بصماتهم في المكان.',
    },
  }),
  collect: shared({
    zh: { title: '领取证件', description: '凭受理回执在约定日期领取证件，也可选择邮政速递送达。' },
    en: {
      title: 'Collect your document',
      description: 'Collect the document with your receipt on the date given, or choose delivery by express mail.',
    },
    ja: { title: '証件の受け取り', description: '受理控えを持参し、指定日に証件を受け取ります。郵送（EMS）での受け取りも選べます。' },
    ko: { title: '증명서 수령', description: '접수증을 지참하여 지정일에 증명서를 수령하거나 우편 특송으로 받을 수 있습니다.' },
    ar: {
      title: 'استلام الوثيقة',
      description: 'استلم الوثيقة بإيصال الاستلام في التاريخ المحدد، أو اختر التوصيل بالبريد السريع.',
    },
  }),
}

// ---------------------------------------------------------------------------------------------
// Service guides
// ---------------------------------------------------------------------------------------------

export const services: SeedCollection = {
  collection: 'services',
  keyField: 'slug',
  docs: [
    {
      key: 'visa-extension',
      data: {
        slug: 'visa-extension',
        title: '外国人签证延期',
        summary: '在华外国人签证停留期即将届满，需要继续停留的，应在停留期届满七日前申请延期。',
        eligibility: richText(
          '持有效普通签证在沪停留、因正当理由需要延长停留期的外国人。',
          {
            list: [
              '应在签证注明的停留期届满7日前提出申请。',
              '延长的停留期累计不得超过原签证注明的停留期。',
              '已超过停留期的，属于非法居留，不能办理延期。',
            ],
          },
        ),
        materials: [
          material.passport.zh,
          material.form.zh,
          material.photo.zh,
          material.accommodation.zh,
          { name: '延期事由证明', notes: '如就医证明、亲属关系证明或邀请单位出具的函件。', copies: 1, originalRequired: true },
        ],
        steps: [step.book.zh, step.submit.zh, step.collect.zh],
        fees: '160元/人次（部分国家按对等原则收费）',
        processingTime: '7个工作日',
        onlineApplication: onlineService('310000-crj-qzyq'),
        offices: [office.exitEntry.zh],
        legalBasis: [ref('policy-documents', 'visa-facilitation-2025'), ref('policy-documents', 'foreigner-convenience-2025')],
        faqs: [
          {
            question: '停留期已经过了，还能办理延期吗？',
            answer: '不能。超过停留期属于非法居留，可能被处以警告或每日500元、总额不超过1万元的罚款。请尽快到出入境管理局说明情况。',
          },
          { question: '最多可以延期多长时间？', answer: '延长的停留期累计不得超过原签证注明的停留期。' },
          { question: '可以请他人代办吗？', answer: '年满16周岁的申请人首次申请须本人到场采集指纹，其余情形可由邀请单位工作人员代为递交。' },
        ],
        lastReviewedAt: '2026-10-15',
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'visas')],
      },
      translations: {
        en: {
          title: 'Visa extension for foreign nationals',
          summary:
            'Foreign nationals whose permitted stay is about to expire must apply for an extension at least seven days before it ends.',
          eligibility: richText(
            'Foreign nationals staying in Shanghai on a valid ordinary visa who have a legitimate reason to stay longer.',
            {
              list: [
                'Apply at least 7 days before the stay permitted by your visa ends.',
                'The total extension may not exceed the stay originally shown on the visa.',
                'If your permitted stay has already ended you are staying illegally and cannot extend.',
              ],
            },
          ),
          materials: [
            material.passport.en,
            material.form.en,
            material.photo.en,
            material.accommodation.en,
            {
              name: 'Proof of the reason for the extension',
              notes: 'For example a medical certificate, proof of family relationship or a letter from your host organisation.',
            },
          ],
          steps: [step.book.en, step.submit.en, step.collect.en],
          fees: 'RMB 160 per application (reciprocal rates apply to some countries)',
          processingTime: '7 working days',
          offices: [office.exitEntry.en],
          faqs: [
            {
              question: 'My permitted stay has already ended. Can I still extend it?',
              answer:
                'No. Overstaying is illegal residence and may be punished with a warning or a fine of RMB 500 per day, up to RMB 10,000. Go to the Exit-Entry Administration Bureau as soon as possible to explain your situation.',
            },
            { question: 'How long can I extend my stay?', answer: 'The total extension may not exceed the stay originally shown on your visa.' },
            {
              question: 'Can someone apply for me?',
              answer:
                'Applicants aged 16 or over must come in person the first time to give fingerprints; otherwise a staff member of the host organisation may submit the application.',
            },
          ],
        },
        ja: {
          title: '外国人のビザ延長',
          summary: '中国に滞在する外国人で、ビザの滞在期間が満了し引き続き滞在する必要がある場合は、満了日の7日前までに延長を申請してください。',
          eligibility: richText(
            '有効な普通ビザで上海に滞在し、正当な理由により滞在期間の延長が必要な外国人。',
            {
              list: [
                'ビザに記載された滞在期間の満了7日前までに申請してください。',
                '延長できる期間は、元のビザに記載された滞在期間を累計で超えることはできません。',
                'すでに滞在期間を過ぎている場合は不法滞在となり、延長はできません。',
              ],
            },
          ),
          materials: [
            material.passport.ja,
            material.form.ja,
            material.photo.ja,
            material.accommodation.ja,
            { name: '延長理由の証明書類', notes: '診断書、親族関係の証明、招へい機関の書簡など。' },
          ],
          steps: [step.book.ja, step.submit.ja, step.collect.ja],
          fees: '1回160元（一部の国には相互主義に基づく料金が適用されます）',
          processingTime: '7営業日',
          offices: [office.exitEntry.ja],
          faqs: [
            {
              question: '滞在期間がすでに過ぎてしまいました。延長できますか？',
              answer: 'できません。滞在期間を過ぎると不法滞在となり、警告または1日500元（上限1万元）の罰金が科される場合があります。速やかに出入境管理局で事情を説明してください。',
            },
            { question: '最長でどのくらい延長できますか？', answer: '延長期間は、元のビザに記載された滞在期間を累計で超えることはできません。' },
            {
              question: '代理人による申請はできますか？',
              answer: '16歳以上の申請者は初回申請時に本人が来所して指紋を採取する必要があります。それ以外の場合は招へい機関の職員が代理で提出できます。',
            },
          ],
        },
        ar: {
          title: 'تمديد التأشيرة للمواطنين الأجانب',
          summary: 'على المواطنين الأجانب الذين توشك مدة إقامتهم المسموح بها على الانتهاء التقدم بطلب التمديد قبل سبعة أيام على الأقل من انتهائها.',
          eligibility: richText(
            'المواطنون الأجانب المقيمون في شانغهاي بتأشيرة عادية سارية والذين لديهم سبب مشروع لتمديد إقامتهم.',
            {
              list: [
                'قدّم الطلب قبل 7 أيام على الأقل من انتهاء مدة الإقامة المحددة في التأشيرة.',
                'لا يجوز أن تتجاوز مدة التمديد الإجمالية مدة الإقامة المحددة أصلًا في التأشيرة.',
                'إذا انتهت مدة إقامتك المسموح بها فأنت مقيم بصورة غير قانونية ولا يمكنك التمديد.',
              ],
            },
          ),
          materials: [
            material.passport.ar,
            material.form.ar,
            material.photo.ar,
            material.accommodation.ar,
            { name: 'ما يثبت سبب التمديد', notes: 'مثل شهادة طبية أو إثبات صلة القرابة أو خطاب من الجهة المضيفة.' },
          ],
          steps: [step.book.ar, step.submit.ar, step.collect.ar],
          fees: '160 يوانًا صينيًا لكل طلب (تُطبَّق رسوم المعاملة بالمثل على بعض الدول)',
          processingTime: '7 أيام عمل',
          offices: [office.exitEntry.ar],
          faqs: [
            {
              question: 'انتهت مدة إقامتي المسموح بها. هل ما زال بإمكاني التمديد؟',
              answer:
                'لا. يُعدّ تجاوز مدة الإقامة إقامة غير قانونية، وقد يُعاقب عليه بإنذار أو بغرامة قدرها 500 يوان عن كل يوم بحد أقصى 10,000 يوان. توجّه إلى مكتب إدارة الدخول والخروج في أقرب وقت لشرح وضعك.',
            },
            { question: 'ما أقصى مدة يمكن تمديد إقامتي لها؟', answer: 'لا يجوز أن تتجاوز مدة التمديد الإجمالية مدة الإقامة المحددة أصلًا في تأشيرتك.' },
            {
              question: 'هل يمكن لشخص آخر أن يقدّم الطلب نيابةً عني؟',
              answer:
                'يجب على مقدمي الطلبات الذين بلغوا 16 عامًا الحضور شخصيًا في المرة الأولى لتقديم البصمات؛ وفي غير ذلك يجوز لموظف من الجهة المضيفة تقديم الطلب.',
            },
          ],
        },
      },
    },
    {
      key: 'stay-permit',
      data: {
        slug: 'stay-permit',
        title: '外国人停留证件签发',
        summary: '免办签证入境后确需超出免签停留期限，或因人道原因等需要在华停留的外国人，可以申请停留证件，停留期最长不超过180日。',
        eligibility: richText({
          list: [
            '免办签证入境，因不可抗力或者其他紧急事由确需超出免签停留期限的外国人。',
            '因人道原因、办理公务或者其他特殊情况需要在华停留的外国人。',
            '外国船员及其随行家属需要离开口岸所在城市的。',
          ],
        }),
        materials: [
          material.passport.zh,
          material.form.zh,
          material.photo.zh,
          material.accommodation.zh,
          { name: '停留事由证明', notes: '如航班取消证明、医疗机构诊断证明或相关单位出具的函件。', copies: 1, originalRequired: true },
        ],
        steps: [step.book.zh, step.submit.zh, step.collect.zh],
        fees: '160元/人次（部分国家按对等原则收费）',
        processingTime: '7个工作日',
        onlineApplication: onlineService('310000-crj-tlzj'),
        offices: [office.exitEntry.zh],
        legalBasis: [ref('policy-documents', 'visa-facilitation-2025')],
        faqs: [
          {
            question: '停留证件和签证有什么不同？',
            answer: '停留证件是在境内签发的准许停留的证件，不能用于再次入境；离境后再次来华需要另行办理签证或适用免签政策。',
          },
          { question: '停留证件最长可以停留多久？', answer: '停留期最长不超过180日，具体期限根据停留事由确定。' },
        ],
        lastReviewedAt: '2026-09-20',
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'residence'), ref('topics', 'visas')],
      },
      translations: {
        en: {
          title: 'Stay permit for foreign nationals',
          summary:
            'Foreign nationals who entered visa-free and need to stay beyond the visa-free period, or who must remain in China for humanitarian or other reasons, can apply for a stay permit of up to 180 days.',
          eligibility: richText({
            list: [
              'Foreign nationals who entered visa-free and must stay beyond the visa-free period because of force majeure or another emergency.',
              'Foreign nationals who need to remain in China for humanitarian reasons, official business or other special circumstances.',
              'Foreign crew members and their accompanying family who need to leave the port city.',
            ],
          }),
          materials: [
            material.passport.en,
            material.form.en,
            material.photo.en,
            material.accommodation.en,
            {
              name: 'Proof of the reason for staying',
              notes: 'For example proof of a cancelled flight, a medical certificate or a letter from the organisation concerned.',
            },
          ],
          steps: [step.book.en, step.submit.en, step.collect.en],
          fees: 'RMB 160 per application (reciprocal rates apply to some countries)',
          processingTime: '7 working days',
          offices: [office.exitEntry.en],
          faqs: [
            {
              question: 'How is a stay permit different from a visa?',
              answer:
                'A stay permit is issued inside China and allows you to stay; it cannot be used to re-enter. To come back after leaving you need a new visa or must qualify for visa-free entry.',
            },
            {
              question: 'How long can I stay with a stay permit?',
              answer: 'Up to 180 days; the exact period depends on the reason for your stay.',
            },
          ],
        },
      },
    },
    {
      key: 'work-residence-permit',
      data: {
        slug: 'work-residence-permit',
        title: '工作类居留许可',
        summary: '持Z字签证入境并已取得外国人工作许可的外国人，应在入境后30日内申请工作类居留许可，有效期为90日至5年。',
        eligibility: richText(
          '已取得《外国人工作许可证》并在本市用人单位工作的外国人，以及随同的外籍配偶和未满18周岁子女。',
          { list: ['持Z字签证入境的，应在入境后30日内申请。', '居留许可有效期不超过工作许可的有效期。'] },
        ),
        materials: [
          material.passport.zh,
          material.form.zh,
          material.photo.zh,
          material.accommodation.zh,
          { name: '《外国人工作许可证》', notes: '与工作许可同时申请的，由单一窗口内部流转，无需另行提交。', copies: 1, originalRequired: true },
          { name: '体检证明', notes: '由上海国际旅行卫生保健中心出具或验证的《外国人体格检查记录》验证证明。', copies: 1, originalRequired: true },
        ],
        steps: [
          step.book.zh,
          { title: '办理体检', description: '到上海国际旅行卫生保健中心体检或对境外体检报告进行验证。' },
          step.submit.zh,
          step.collect.zh,
        ],
        fees: '有效期1年以下400元；1年以上不满3年800元；3年以上至5年1000元',
        processingTime: '7个工作日（与工作许可在单一窗口一并申请的，7个工作日内一并办结）',
        onlineApplication: onlineService('310000-crj-gzjl'),
        offices: [office.exitEntry.zh, office.lingang.zh],
        legalBasis: [
          ref('policy-documents', 'foreigner-convenience-2025'),
          ref('policy-documents', 'visa-facilitation-2025'),
          ref('policy-documents', 'lingang-talent-2025'),
        ],
        faqs: [
          {
            question: '换了工作单位，居留许可需要重新办理吗？',
            answer: '需要。应先变更或重新申请工作许可，再于10日内申请变更居留许可。',
          },
          { question: '家属可以一起办理吗？', answer: '可以。外籍配偶和未满18周岁子女可凭亲属关系证明申请私人事务类居留许可。' },
        ],
        lastReviewedAt: '2026-11-02',
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'residence'), ref('topics', 'work-permits')],
        zones: [ref('zones', 'lingang')],
      },
      translations: {
        en: {
          title: 'Residence permit for work',
          summary:
            "Foreign nationals who entered on a Z visa and hold a Foreigner's Work Permit must apply for a residence permit for work within 30 days of entry. It is valid for 90 days to 5 years.",
          eligibility: richText(
            "Foreign nationals who hold a Foreigner's Work Permit and work for an employer in Shanghai, together with their accompanying foreign spouse and children under 18.",
            {
              list: [
                'If you entered on a Z visa, apply within 30 days of entry.',
                'The residence permit cannot be valid for longer than the work permit.',
              ],
            },
          ),
          materials: [
            material.passport.en,
            material.form.en,
            material.photo.en,
            material.accommodation.en,
            {
              name: "Foreigner's Work Permit",
              notes: 'Not needed separately if you apply for the work permit at the same time through the single window.',
            },
            {
              name: 'Health certificate',
              notes:
                'The verification certificate of your Physical Examination Record for Foreigners, issued or verified by the Shanghai International Travel Healthcare Center.',
            },
          ],
          steps: [
            step.book.en,
            {
              title: 'Have a medical examination',
              description: 'Take the examination at the Shanghai International Travel Healthcare Center, or have a report from abroad verified there.',
            },
            step.submit.en,
            step.collect.en,
          ],
          fees: 'Under 1 year: RMB 400; 1 to under 3 years: RMB 800; 3 to 5 years: RMB 1,000',
          processingTime: '7 working days (when applied for together with the work permit at the single window, both are decided within 7 working days)',
          offices: [office.exitEntry.en, office.lingang.en],
          faqs: [
            {
              question: 'I have changed employer. Do I need a new residence permit?',
              answer: 'Yes. First change or reapply for your work permit, then apply to change your residence permit within 10 days.',
            },
            {
              question: 'Can my family apply with me?',
              answer: 'Yes. Your foreign spouse and children under 18 can apply for residence permits for private affairs with proof of the family relationship.',
            },
          ],
        },
      },
    },
    {
      key: 'work-permit',
      data: {
        slug: 'work-permit',
        title: '外国人来华工作许可',
        summary: '外国人在沪工作，应由用人单位申请《外国人来华工作许可》。工作许可分为外国高端人才（A类）、外国专业人才（B类）和其他外国人员（C类）。',
        eligibility: richText(
          '年满18周岁、身体健康、无犯罪记录，有确定的用人单位，具有从事其工作所必需的专业技能或相适应的工作资历的外国人。',
          {
            list: [
              'A类：外国高端人才，不受年龄、学历和工作经历限制。',
              'B类：外国专业人才，一般应具有学士及以上学位和2年以上相关工作经历。',
              'C类：符合国家规定的其他外国人员。',
            ],
          },
        ),
        materials: [
          { name: '工作资历证明', notes: '原工作单位出具的工作经历证明。', copies: 1, originalRequired: false },
          { name: '最高学位（学历）证书', notes: '境外取得的须经公证认证或由中国驻外使领馆认证。', copies: 1, originalRequired: false },
          { name: '无犯罪记录证明', notes: '由国籍国或经常居住地出具，并经认证；出具时间须在6个月以内。', copies: 1, originalRequired: false },
          { name: '聘用合同或任职证明', copies: 1, originalRequired: false },
          material.passport.zh,
          material.photo.zh,
        ],
        steps: [
          { title: '用人单位注册', description: '用人单位在外国人来华工作管理服务系统注册账号。' },
          { title: '在线提交申请', description: '上传申请材料，审批机关进行网上预审。' },
          { title: '领取工作许可通知', description: '审批通过后，申请人凭《外国人工作许可通知》申请Z字签证入境。' },
          { title: '申领工作许可证', description: '入境后在单一窗口同时申请《外国人工作许可证》和工作类居留许可。' },
        ],
        fees: '不收费',
        processingTime: '材料齐全后5个工作日',
        onlineApplication: onlineService('310000-kw-wgrgzxk'),
        offices: [office.exitEntry.zh, office.lingang.zh],
        legalBasis: [ref('policy-documents', 'foreigner-convenience-2025'), ref('policy-documents', 'lingang-talent-2025')],
        faqs: [
          {
            question: '已在中国境内的外国人可以直接申请工作许可吗？',
            answer: '持有效工作类居留许可变更单位的，或符合条件的外国高端人才，可在境内直接申请，无需出境办理Z字签证。',
          },
          { question: '毕业于中国高校的外国留学生可以申请吗？', answer: '符合条件的在华高校应届外国毕业生可申请工作许可，不受2年工作经历限制。' },
        ],
        lastReviewedAt: '2026-11-02',
        source: ref('sources', 'stcsm'),
        topics: [ref('topics', 'work-permits')],
        zones: [ref('zones', 'lingang'), ref('zones', 'zhangjiang')],
      },
      translations: {
        en: {
          title: "Foreigner's Work Permit",
          summary:
            "To work in Shanghai a foreign national needs a Foreigner's Work Permit, applied for by the employer. Permits fall into three classes: high-end foreign talent (A), foreign professionals (B) and other foreign personnel (C).",
          eligibility: richText(
            'Foreign nationals aged 18 or over, in good health, without a criminal record, with a confirmed employer and the professional skills or work experience the job requires.',
            {
              list: [
                'Class A: high-end foreign talent, with no limits on age, education or work experience.',
                "Class B: foreign professionals, normally with at least a bachelor's degree and 2 years of relevant work experience.",
                'Class C: other foreign personnel who meet national requirements.',
              ],
            },
          ),
          materials: [
            { name: 'Proof of work experience', notes: 'A certificate of employment from previous employers.' },
            {
              name: 'Highest degree or diploma',
              notes: 'Degrees obtained abroad must be notarised and authenticated, or certified by a Chinese embassy or consulate.',
            },
            {
              name: 'Certificate of no criminal record',
              notes: 'Issued by your country of nationality or usual residence, authenticated, and no more than 6 months old.',
            },
            { name: 'Employment contract or letter of appointment' },
            material.passport.en,
            material.photo.en,
          ],
          steps: [
            { title: 'Employer registration', description: 'The employer registers an account on the Foreigners Working in China management and service system.' },
            { title: 'Apply online', description: 'Upload the documents; the authority carries out an online preliminary review.' },
            {
              title: 'Receive the work permit notice',
              description: 'Once approved, the applicant uses the Notification Letter of Foreigner’s Work Permit to apply for a Z visa and enter China.',
            },
            {
              title: 'Obtain the work permit card',
              description: 'After entry, apply at the single window for the Foreigner’s Work Permit card and the residence permit for work together.',
            },
          ],
          fees: 'Free of charge',
          processingTime: '5 working days once the application is complete',
          offices: [office.exitEntry.en, office.lingang.en],
          faqs: [
            {
              question: 'Can a foreign national already in China apply for a work permit directly?',
              answer:
                'Yes, if you hold a valid residence permit for work and are changing employer, or if you qualify as high-end foreign talent. You do not need to leave China for a Z visa.',
            },
            {
              question: 'Can international students who graduated from a Chinese university apply?',
              answer: 'Yes. Eligible new graduates of Chinese universities may apply without the 2-year work-experience requirement.',
            },
          ],
        },
      },
    },
    {
      key: 'accommodation-registration',
      data: {
        slug: 'accommodation-registration',
        title: '境外人员住宿登记',
        summary: '境外人员在宾馆以外的处所住宿的，应当在入住后24小时内由本人或者留宿人向居住地公安机关办理住宿登记，可以网上办理。',
        eligibility: richText(
          '住在自有住房、租住房屋或亲友家中的外国人，以及港澳台居民。入住宾馆的，由宾馆代为登记。',
          { list: ['每次入境后均需重新登记。', '变更住址的，应在24小时内重新登记。'] },
        ),
        materials: [
          material.passport.zh,
          { name: '住房证明', notes: '房屋租赁合同或房屋产权证明。', copies: 1, originalRequired: true },
          { name: '留宿人身份证件', notes: '住在亲友家中的，提供留宿人的居民身份证或护照。', copies: 1, originalRequired: true },
        ],
        steps: [
          { title: '选择办理方式', description: '通过“一网通办”平台或“随申办”App在线登记，或前往居住地派出所办理。' },
          { title: '填写并上传信息', description: '填写证件、住址和入住日期，上传护照和住房证明。' },
          { title: '获取登记凭证', description: '审核通过后下载或领取《境外人员住宿登记表》，办理签证证件时需要提交。' },
        ],
        fees: '免费',
        processingTime: '即时办结（网上登记一般在1个工作日内完成审核）',
        onlineApplication: onlineService('310000-ga-jwryzsdj'),
        offices: [office.localPolice.zh],
        legalBasis: [ref('policy-documents', 'visa-facilitation-2025')],
        faqs: [
          { question: '住酒店需要自己登记吗？', answer: '不需要。宾馆会在您入住时代为办理住宿登记。' },
          {
            question: '没有按时登记会怎样？',
            answer: '未按规定办理住宿登记的，可能被给予警告，并可处2000元以下罚款；留宿人也可能承担责任。',
          },
        ],
        lastReviewedAt: '2026-08-30',
        source: ref('sources', 'psb'),
        topics: [ref('topics', 'residence')],
      },
      translations: {
        en: {
          title: 'Accommodation registration for overseas persons',
          summary:
            'Overseas persons staying anywhere other than a hotel must register with the local public security authority within 24 hours of arrival, in person or through their host. Registration can be done online.',
          eligibility: richText(
            'Foreign nationals, and residents of Hong Kong, Macao and Taiwan, staying in their own home, a rented flat or with friends or relatives. Hotels register their guests themselves.',
            { list: ['Register again after every entry into China.', 'If you move, register at the new address within 24 hours.'] },
          ),
          materials: [
            material.passport.en,
            { name: 'Proof of housing', notes: 'Your tenancy agreement or proof of ownership.' },
            { name: "Host's identity document", notes: "If you stay with friends or relatives, your host's resident identity card or passport." },
          ],
          steps: [
            {
              title: 'Choose how to register',
              description: 'Register online through Government Online-Offline Shanghai or the Suishenban app, or go to the local police station.',
            },
            { title: 'Enter your details', description: 'Enter your document details, address and arrival date, and upload your passport and proof of housing.' },
            {
              title: 'Get your registration record',
              description: 'Once approved, download or collect the Accommodation Registration Form for Overseas Persons; you will need it for visa and permit applications.',
            },
          ],
          fees: 'Free of charge',
          processingTime: 'Immediate (online registrations are usually checked within 1 working day)',
          offices: [office.localPolice.en],
          faqs: [
            { question: 'Do I need to register if I stay in a hotel?', answer: 'No. The hotel registers you when you check in.' },
            {
              question: 'What happens if I register late?',
              answer: 'Failing to register may result in a warning and a fine of up to RMB 2,000; your host may also be held responsible.',
            },
          ],
        },
        ko: {
          title: '해외 인원 숙박 등록',
          summary: '호텔 이외의 장소에 숙박하는 해외 인원은 투숙 후 24시간 이내에 본인 또는 숙박 제공자가 거주지 공안기관에 숙박 등록을 해야 하며, 온라인으로도 신청할 수 있습니다.',
          eligibility: richText(
            '자가 주택, 임차 주택 또는 친척·지인 집에 머무는 외국인과 홍콩·마카오·타이완 주민. 호텔에 투숙하는 경우 호텔이 대신 등록합니다.',
            { list: ['입국할 때마다 다시 등록해야 합니다.', '주소가 바뀌면 24시간 이내에 다시 등록해야 합니다.'] },
          ),
          materials: [
            material.passport.ko,
            { name: '주택 증명', notes: '주택 임대차 계약서 또는 소유권 증명.' },
            { name: '숙박 제공자의 신분증', notes: '친척·지인 집에 머무는 경우 숙박 제공자의 주민신분증 또는 여권.' },
          ],
          steps: [
            { title: '신청 방법 선택', description: '「이왕퉁반」 플랫폼 또는 「쑤이선반」 앱에서 온라인으로 등록하거나 거주지 파출소를 방문합니다.' },
            { title: '정보 입력 및 업로드', description: '증명서 정보, 주소, 입주일을 입력하고 여권과 주택 증명을 업로드합니다.' },
            { title: '등록 증빙 받기', description: '승인 후 「해외 인원 숙박 등기표」를 내려받거나 수령합니다. 비자·증명서 신청 시 제출해야 합니다.' },
          ],
          fees: '무료',
          processingTime: '즉시 처리(온라인 등록은 보통 1영업일 이내 심사 완료)',
          offices: [office.localPolice.ko],
          faqs: [
            { question: '호텔에 묵으면 직접 등록해야 하나요?', answer: '아니요. 체크인할 때 호텔이 대신 숙박 등록을 합니다.' },
            {
              question: '기한 내에 등록하지 않으면 어떻게 되나요?',
              answer: '규정에 따라 숙박 등록을 하지 않으면 경고를 받거나 2,000위안 이하의 벌금이 부과될 수 있으며, 숙박 제공자도 책임을 질 수 있습니다.',
            },
          ],
        },
        ar: {
          title: 'تسجيل السكن للأشخاص القادمين من الخارج',
          summary:
            'على الأشخاص القادمين من الخارج الذين يقيمون في غير الفنادق التسجيل لدى جهاز الأمن العام المحلي خلال 24 ساعة من وصولهم، بأنفسهم أو عن طريق مضيفهم، ويمكن التسجيل عبر الإنترنت.',
          eligibility: richText(
            'المواطنون الأجانب والمقيمون من هونغ كونغ وماكاو وتايوان الذين يقيمون في منزلهم الخاص أو في شقة مستأجرة أو لدى أقارب أو أصدقاء. أما الفنادق فتتولى تسجيل نزلائها.',
            { list: ['سجّل من جديد بعد كل دخول إلى الصين.', 'إذا غيّرت مكان سكنك فسجّل في العنوان الجديد خلال 24 ساعة.'] },
          ),
          materials: [
            material.passport.ar,
            { name: 'إثبات السكن', notes: 'عقد الإيجار أو ما يثبت ملكية المسكن.' },
            { name: 'وثيقة هوية المضيف', notes: 'إذا كنت تقيم لدى أقارب أو أصدقاء، بطاقة الهوية أو جواز سفر المضيف.' },
          ],
          steps: [
            {
              title: 'اختيار طريقة التسجيل',
              description: 'سجّل عبر الإنترنت من خلال منصة الخدمات الحكومية الإلكترونية في شانغهاي أو تطبيق Suishenban، أو توجّه إلى مركز الشرطة المحلي.',
            },
            { title: 'إدخال البيانات', description: 'أدخل بيانات وثيقتك وعنوانك وتاريخ وصولك، وارفع صورة جواز السفر وإثبات السكن.' },
            {
              title: 'الحصول على سجل التسجيل',
              description: 'بعد الموافقة، نزّل استمارة تسجيل السكن أو استلمها؛ ستحتاج إليها عند التقدم بطلبات التأشيرات والتصاريح.',
            },
          ],
          fees: 'مجانًا',
          processingTime: 'فوري (يُراجَع التسجيل الإلكتروني عادةً خلال يوم عمل واحد)',
          offices: [office.localPolice.ar],
          faqs: [
            { question: 'هل عليّ التسجيل إذا أقمت في فندق؟', answer: 'لا. يتولى الفندق تسجيلك عند وصولك.' },
            {
              question: 'ماذا يحدث إذا تأخرت في التسجيل؟',
              answer: 'قد يؤدي عدم التسجيل إلى إنذار وغرامة تصل إلى 2,000 يوان، وقد يتحمل المضيف المسؤولية أيضًا.',
            },
          ],
        },
      },
    },
    {
      key: 'departure-tax-refund',
      data: {
        slug: 'departure-tax-refund',
        title: '境外旅客购物离境退税',
        summary: '境外旅客在退税商店同日同店购买退税物品达到200元，并在90日内随身携带出境的，可在离境口岸申请退还增值税，也可在部分商店享受“即买即退”。',
        eligibility: richText(
          '在中国境内连续居住不超过183天的外国人和港澳台同胞。',
          {
            list: [
              '在贴有“TAX FREE”标识的退税商店购物，同日同店金额达到200元人民币。',
              '退税物品尚未启用或消费，并在购买之日起90日内从本市口岸随身携带出境。',
              '现金退税上限为2万元人民币，超过部分以银行转账方式退付。',
            ],
          },
        ),
        materials: [
          material.passport.zh,
          { name: '离境退税申请单', notes: '购物时由退税商店开具。', copies: 1, originalRequired: true },
          { name: '增值税普通发票', notes: '与申请单对应的销售发票。', copies: 1, originalRequired: true },
          { name: '退税物品', notes: '须保持未使用状态，供海关验核。', copies: 1, originalRequired: true },
        ],
        steps: [
          { title: '购物并索取单据', description: '在退税商店购物时出示护照，索取离境退税申请单和发票；“即买即退”的可现场领取退税款。' },
          { title: '海关验核', description: '离境时在办理乘机手续前，向海关出示退税物品、申请单和发票，由海关验核签章。' },
          { title: '领取退税款', description: '通过边检后到隔离区退税代理点领取退税款；已“即买即退”的，由代理点确认核销。' },
        ],
        fees: '无申请费用。退税额按含税发票金额乘以退税率计算：适用13%税率的物品为11%，适用9%税率的物品为8%。',
        processingTime: '口岸现场办结；选择银行转账的，到账时间以银行处理为准',
        onlineApplication: onlineService('310000-sw-ljts'),
        offices: [office.pvgRefund.zh, office.shaRefund.zh],
        legalBasis: [ref('policy-documents', 'tax-refund-2025')],
        faqs: [
          {
            question: '什么是“即买即退”？',
            answer: '在提供该服务的退税商店购物后，可当场领取退税款，离境时只需到海关验核并由退税代理点确认，无需再排队领取。',
          },
          { question: '退税物品可以托运吗？', answer: '须先经海关验核后再办理托运，请在值机前预留充足时间。' },
          { question: '退税咨询电话是多少？', answer: '可拨打12366纳税缴费服务热线或12345市民服务热线。' },
        ],
        lastReviewedAt: '2026-10-28',
        source: ref('sources', 'tax'),
        topics: [ref('topics', 'tax-refund'), ref('topics', 'culture-tourism')],
        zones: [ref('zones', 'eastern-hub'), ref('zones', 'hongqiao')],
      },
      translations: {
        en: {
          title: 'Departure tax refund for overseas visitors',
          summary:
            'Overseas visitors who spend at least RMB 200 on eligible goods in the same tax-refund store on the same day, and take the goods out of China within 90 days, can claim back VAT when they leave. Some stores also offer instant tax refund at the point of sale.',
          eligibility: richText(
            'Foreign nationals and compatriots from Hong Kong, Macao and Taiwan who have stayed in China for no more than 183 consecutive days.',
            {
              list: [
                'Buy at a tax-refund store showing the “TAX FREE” sign, spending at least RMB 200 in the same store on the same day.',
                'The goods must be unused and carried out of China through a Shanghai port within 90 days of purchase.',
                'Cash refunds are capped at RMB 20,000; anything above that is paid by bank transfer.',
              ],
            },
          ),
          materials: [
            material.passport.en,
            { name: 'Departure tax refund application form', notes: 'Issued by the tax-refund store when you buy.' },
            { name: 'VAT invoice', notes: 'The sales invoice that matches the application form.' },
            { name: 'The goods', notes: 'They must be unused, for customs to inspect.' },
          ],
          steps: [
            {
              title: 'Shop and ask for the paperwork',
              description:
                'Show your passport when you buy at a tax-refund store and ask for the departure tax refund form and invoice. With instant refund, you receive the refund in the store.',
            },
            {
              title: 'Customs check',
              description: 'When leaving, before check-in, show the goods, form and invoice to customs, who verify and stamp the form.',
            },
            {
              title: 'Collect your refund',
              description: 'After passport control, collect the refund at the refund desk in the departure area. If you had an instant refund, the desk confirms it.',
            },
          ],
          fees: 'No application fee. The refund is the invoice amount including VAT multiplied by the refund rate: 11% for goods taxed at 13%, 8% for goods taxed at 9%.',
          processingTime: 'Handled on the spot at the port; bank transfers arrive as fast as the banks process them',
          offices: [office.pvgRefund.en, office.shaRefund.en],
          faqs: [
            {
              question: 'What is instant tax refund?',
              answer:
                'At stores offering the service you receive the refund right after buying. When you leave, you only need the customs check and a confirmation at the refund desk, with no second queue for the money.',
            },
            { question: 'Can I check the goods in as hold baggage?', answer: 'Only after customs has inspected them, so allow enough time before check-in.' },
            {
              question: 'Where can I ask questions about tax refunds?',
              answer: 'Call the 12366 tax service hotline or the 12345 Citizen Service Hotline.',
            },
          ],
        },
        ja: {
          title: '海外旅行者の出国時免税還付',
          summary:
            '海外旅行者が同日・同一の免税還付店で200元以上の対象商品を購入し、90日以内に携帯して出国する場合、出国時に増値税の還付を申請できます。一部の店舗では購入時の即時還付も利用できます。',
          eligibility: richText(
            '中国国内での連続滞在が183日以内の外国人および香港・マカオ・台湾の同胞。',
            {
              list: [
                '「TAX FREE」表示のある免税還付店で、同日・同一店舗で200元以上購入すること。',
                '商品は未使用のまま、購入日から90日以内に上海の出入国地点から携帯して出国すること。',
                '現金での還付は2万元が上限で、超える部分は銀行振込で還付されます。',
              ],
            },
          ),
          materials: [
            material.passport.ja,
            { name: '出国時免税還付申請書', notes: '購入時に免税還付店が発行します。' },
            { name: '増値税普通発票', notes: '申請書に対応する販売発票。' },
            { name: '還付対象商品', notes: '税関の確認のため、未使用の状態である必要があります。' },
          ],
          steps: [
            {
              title: '購入と書類の受け取り',
              description: '免税還付店での購入時にパスポートを提示し、還付申請書と発票を受け取ります。即時還付の場合はその場で還付金を受け取れます。',
            },
            { title: '税関の確認', description: '出国時、チェックイン前に商品・申請書・発票を税関に提示し、確認印を受けます。' },
            { title: '還付金の受け取り', description: '出国審査後、出発エリアの還付カウンターで還付金を受け取ります。即時還付済みの場合はカウンターで確認を受けます。' },
          ],
          fees: '申請手数料は不要です。還付額は税込発票金額×還付率で計算します（税率13%の商品は11%、税率9%の商品は8%）。',
          processingTime: '出国地点でその場で処理。銀行振込の場合の着金時期は銀行の処理によります',
          offices: [office.pvgRefund.ja, office.shaRefund.ja],
          faqs: [
            {
              question: '「即時還付」とは何ですか？',
              answer: '対応店舗では購入直後に還付金を受け取れます。出国時は税関の確認と還付カウンターでの確認だけで済み、改めて並ぶ必要はありません。',
            },
            { question: '還付対象商品を預け荷物にできますか？', answer: '税関の確認を受けた後であれば可能です。チェックイン前に十分な時間をとってください。' },
            { question: '還付について問い合わせ先は？', answer: '12366納税サービスホットラインまたは12345市民サービスホットラインにお電話ください。' },
          ],
        },
        ko: {
          title: '해외 여행객 출국 시 세금 환급',
          summary:
            '해외 여행객이 같은 날 같은 환급 매장에서 200위안 이상의 환급 대상 물품을 구매하고 90일 이내에 휴대하여 출국하면 출국 시 부가가치세 환급을 신청할 수 있습니다. 일부 매장에서는 구매 즉시 환급도 가능합니다.',
          eligibility: richText(
            '중국 내 연속 체류 기간이 183일 이하인 외국인 및 홍콩·마카오·타이완 동포.',
            {
              list: [
                '「TAX FREE」 표시가 있는 환급 매장에서 같은 날 같은 매장 구매액이 200위안 이상일 것.',
                '물품은 사용하지 않은 상태로 구매일로부터 90일 이내에 상하이 출국 지점을 통해 휴대하여 출국할 것.',
                '현금 환급은 2만 위안까지이며, 초과분은 은행 계좌 이체로 환급됩니다.',
              ],
            },
          ),
          materials: [
            material.passport.ko,
            { name: '출국 시 세금 환급 신청서', notes: '구매 시 환급 매장에서 발급합니다.' },
            { name: '부가가치세 일반 영수증(발표)', notes: '신청서와 대응하는 판매 영수증.' },
            { name: '환급 대상 물품', notes: '세관 확인을 위해 사용하지 않은 상태여야 합니다.' },
          ],
          steps: [
            {
              title: '구매 및 서류 수령',
              description: '환급 매장에서 구매 시 여권을 제시하고 환급 신청서와 영수증을 받습니다. 즉시 환급의 경우 매장에서 바로 환급금을 받을 수 있습니다.',
            },
            { title: '세관 확인', description: '출국 시 탑승 수속 전에 물품, 신청서, 영수증을 세관에 제시하고 확인 도장을 받습니다.' },
            { title: '환급금 수령', description: '출국 심사 후 출국 구역의 환급 창구에서 환급금을 받습니다. 즉시 환급을 받은 경우 창구에서 확인 처리를 합니다.' },
          ],
          fees: '신청 수수료는 없습니다. 환급액은 세금 포함 영수증 금액에 환급률을 곱해 계산합니다(세율 13% 물품은 11%, 세율 9% 물품은 8%).',
          processingTime: '출국 지점에서 즉시 처리. 계좌 이체는 은행 처리 일정에 따름',
          offices: [office.pvgRefund.ko, office.shaRefund.ko],
          faqs: [
            {
              question: '「즉시 환급」이란 무엇인가요?',
              answer: '해당 서비스를 제공하는 매장에서는 구매 직후 환급금을 받을 수 있습니다. 출국 시에는 세관 확인과 환급 창구 확인만 받으면 되며 다시 줄을 설 필요가 없습니다.',
            },
            { question: '환급 물품을 위탁 수하물로 보낼 수 있나요?', answer: '세관 확인을 받은 후에만 가능합니다. 탑승 수속 전에 충분한 시간을 두십시오.' },
            { question: '환급 관련 문의처는 어디인가요?', answer: '12366 납세 서비스 핫라인 또는 12345 시민서비스 핫라인으로 전화하십시오.' },
          ],
        },
        ar: {
          title: 'استرداد الضريبة عند المغادرة للزوار القادمين من الخارج',
          summary:
            'يمكن للزوار القادمين من الخارج الذين ينفقون 200 يوان على الأقل على سلع مؤهلة في متجر استرداد ضريبي واحد وفي اليوم نفسه، ويُخرجون السلع من الصين خلال 90 يومًا، أن يستردوا ضريبة القيمة المضافة عند المغادرة. وتتيح بعض المتاجر أيضًا الاسترداد الفوري عند الشراء.',
          eligibility: richText(
            'المواطنون الأجانب والمواطنون القادمون من هونغ كونغ وماكاو وتايوان الذين لم تتجاوز إقامتهم المتواصلة في الصين 183 يومًا.',
            {
              list: [
                'الشراء من متجر يحمل علامة «TAX FREE» بمبلغ لا يقل عن 200 يوان في المتجر نفسه وفي اليوم نفسه.',
                'أن تكون السلع غير مستعملة وأن تُحمل خارج الصين عبر أحد منافذ شانغهاي خلال 90 يومًا من تاريخ الشراء.',
                'الحد الأقصى للاسترداد النقدي 20,000 يوان، ويُدفع ما يزيد على ذلك بتحويل مصرفي.',
              ],
            },
          ),
          materials: [
            material.passport.ar,
            { name: 'استمارة طلب استرداد الضريبة عند المغادرة', notes: 'يصدرها متجر الاسترداد الضريبي عند الشراء.' },
            { name: 'فاتورة ضريبة القيمة المضافة', notes: 'فاتورة البيع المطابقة لاستمارة الطلب.' },
            { name: 'السلع المشتراة', notes: 'يجب أن تكون غير مستعملة ليفحصها موظفو الجمارك.' },
          ],
          steps: [
            {
              title: 'الشراء وطلب المستندات',
              description:
                'أبرز جواز سفرك عند الشراء من متجر الاسترداد الضريبي واطلب استمارة الاسترداد والفاتورة. وفي حالة الاسترداد الفوري تتسلم المبلغ في المتجر.',
            },
            {
              title: 'فحص الجمارك',
              description: 'عند المغادرة، وقبل إنهاء إجراءات السفر، اعرض السلع والاستمارة والفاتورة على الجمارك لتتحقق منها وتختم الاستمارة.',
            },
            {
              title: 'استلام المبلغ المسترد',
              description: 'بعد ختم الجوازات، استلم المبلغ من مكتب الاسترداد في منطقة المغادرة. وإذا حصلت على استرداد فوري فسيؤكده المكتب.',
            },
          ],
          fees: 'لا توجد رسوم طلب. يُحسب المبلغ المسترد بضرب قيمة الفاتورة شاملة الضريبة في نسبة الاسترداد: 11% للسلع الخاضعة لضريبة 13%، و8% للسلع الخاضعة لضريبة 9%.',
          processingTime: 'يُنجز فورًا في المنفذ؛ أما التحويلات المصرفية فتصل بحسب سرعة معالجة المصارف',
          offices: [office.pvgRefund.ar, office.shaRefund.ar],
          faqs: [
            {
              question: 'ما هو الاسترداد الفوري للضريبة عند الشراء؟',
              answer:
                'في المتاجر التي تقدم هذه الخدمة تتسلم المبلغ المسترد فور الشراء. وعند المغادرة تحتاج فقط إلى فحص الجمارك وتأكيد مكتب الاسترداد، دون الوقوف في طابور آخر لاستلام المال.',
            },
            {
              question: 'هل يمكنني شحن السلع ضمن الأمتعة المسجلة؟',
              answer: 'فقط بعد أن تفحصها الجمارك، لذا احرص على ترك وقت كافٍ قبل إنهاء إجراءات السفر.',
            },
            {
              question: 'أين يمكنني الاستفسار عن استرداد الضريبة؟',
              answer: 'اتصل بالخط الساخن لخدمات الضرائب 12366 أو بالخط الساخن لخدمة المواطنين 12345.',
            },
          ],
        },
      },
    },
    {
      key: 'permanent-residence',
      data: {
        slug: 'permanent-residence',
        title: '外国人永久居留身份证申请',
        summary: '符合条件的外籍高层次人才、投资者、在沪长期工作人员及其家属，可以申请外国人永久居留身份证。',
        eligibility: richText(
          { heading: '主要申请类别' },
          {
            list: [
              '经认定的外籍高层次人才，由工作单位推荐申请。',
              '在沪连续工作满4年、每年实际居住不少于6个月，且工资性年收入和缴纳个人所得税达到规定标准的外籍人才。',
              '在中国直接投资、连续3年投资情况稳定且纳税记录良好的外国投资者。',
              '中国公民或永久居留外国人的外籍配偶（婚姻关系存续满5年）及未满18周岁的子女。',
            ],
          },
        ),
        materials: [
          material.passport.zh,
          material.form.zh,
          material.photo.zh,
          { name: '健康证明', notes: '由上海国际旅行卫生保健中心出具。', copies: 1, originalRequired: true },
          { name: '无犯罪记录证明', notes: '国籍国或经常居住地出具并经认证，在华居住期间的由公安机关出具。', copies: 1, originalRequired: true },
          { name: '申请类别证明材料', notes: '如单位推荐函、工作和完税证明、投资证明或亲属关系证明。', copies: 1, originalRequired: true },
        ],
        steps: [step.book.zh, step.submit.zh, { title: '审批', description: '由公安部审批，审批期间可凭回执在华合法停留。' }, step.collect.zh],
        fees: '1800元/人',
        processingTime: '一般自受理之日起6个月内作出审批决定',
        onlineApplication: onlineService('310000-crj-yjjl'),
        offices: [office.exitEntry.zh],
        legalBasis: [ref('policy-documents', 'permanent-residence-2024')],
        faqs: [
          {
            question: '永久居留身份证有效期多长？',
            answer: '18周岁以上的有效期为10年，未满18周岁的为5年，到期前可申请换发。',
          },
          { question: '取得永久居留后还需要办理工作许可吗？', answer: '不需要。持有永久居留身份证的外国人在华工作无需办理工作许可。' },
        ],
        lastReviewedAt: '2026-07-12',
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'permanent-residence')],
        zones: [ref('zones', 'zhangjiang')],
      },
      translations: {
        en: {
          title: "Foreigner's Permanent Residence ID Card",
          summary:
            "Eligible high-level foreign talent, investors, long-term foreign employees in Shanghai and their families can apply for the Foreigner's Permanent Residence ID Card.",
          eligibility: richText(
            { heading: 'Main categories' },
            {
              list: [
                'Recognised high-level foreign talent, recommended by their employer.',
                'Foreign professionals who have worked in Shanghai for 4 consecutive years, lived here at least 6 months each year, and whose salary and individual income tax meet the set thresholds.',
                'Foreign investors with direct investment in China that has been stable for 3 consecutive years, with a good tax record.',
                'Foreign spouses of Chinese citizens or of foreign permanent residents (married for at least 5 years) and their children under 18.',
              ],
            },
          ),
          materials: [
            material.passport.en,
            material.form.en,
            material.photo.en,
            { name: 'Health certificate', notes: 'Issued by the Shanghai International Travel Healthcare Center.' },
            {
              name: 'Certificate of no criminal record',
              notes: 'Issued and authenticated by your country of nationality or usual residence; for your time in China, issued by the public security authority.',
            },
            {
              name: 'Proof of your category',
              notes: 'For example a recommendation letter from your employer, proof of employment and tax payments, proof of investment or proof of family relationship.',
            },
          ],
          steps: [
            step.book.en,
            step.submit.en,
            {
              title: 'Approval',
              description: 'The Ministry of Public Security decides the application; you may stay in China legally with your receipt while it is pending.',
            },
            step.collect.en,
          ],
          fees: 'RMB 1,800 per person',
          processingTime: 'A decision is normally made within 6 months of acceptance',
          offices: [office.exitEntry.en],
          faqs: [
            {
              question: 'How long is the Permanent Residence ID Card valid?',
              answer: '10 years for holders aged 18 or over and 5 years for those under 18. You can apply to renew it before it expires.',
            },
            {
              question: 'Do I still need a work permit after getting permanent residence?',
              answer: 'No. Holders of the Permanent Residence ID Card can work in China without a work permit.',
            },
          ],
        },
      },
    },
    {
      key: 'talent-visa',
      data: {
        slug: 'talent-visa',
        title: '外国人才签证（R字签证）',
        summary: '外国高层次人才和急需紧缺专门人才，凭《外国高端人才确认函》可申请R字签证，享受多次入境、长期有效的便利。',
        eligibility: richText(
          '经认定的外国高层次人才（A类）和国内急需紧缺的外国专门人才，及其外籍配偶和未满18周岁子女。',
          { list: ['R字签证可签发5年至10年多次入境有效，每次停留期最长180日。', '在华工作的，仍需办理工作许可和工作类居留许可。'] },
        ),
        materials: [
          material.passport.zh,
          material.form.zh,
          material.photo.zh,
          material.accommodation.zh,
          { name: '《外国高端人才确认函》', notes: '由用人单位通过外国人来华工作管理服务系统向市科委申请。', copies: 1, originalRequired: true },
        ],
        steps: [
          { title: '申请确认函', description: '用人单位在线申请《外国高端人才确认函》，一般5个工作日内出具。' },
          step.book.zh,
          step.submit.zh,
          step.collect.zh,
        ],
        fees: '按国家签证收费标准收取，一般为160元（部分国家按对等原则收费）',
        processingTime: '7个工作日',
        onlineApplication: onlineService('310000-crj-rzqz'),
        offices: [office.exitEntry.zh, office.lingang.zh],
        legalBasis: [ref('policy-documents', 'foreigner-convenience-2025'), ref('policy-documents', 'lingang-talent-2025')],
        faqs: [
          { question: '在境外可以申请R字签证吗？', answer: '可以。凭确认函向中国驻外使领馆申请，也可入境后在本市出入境管理局申请。' },
          { question: '家属可以申请什么签证？', answer: '外籍配偶和未满18周岁子女可以申请相应的R字签证。' },
        ],
        lastReviewedAt: '2026-09-05',
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'visas'), ref('topics', 'work-permits')],
        zones: [ref('zones', 'zhangjiang'), ref('zones', 'lingang')],
      },
      translations: {
        en: {
          title: 'Talent visa (R visa)',
          summary:
            'High-level foreign talent and specialists in urgent demand can apply for an R visa with a Confirmation Letter of Foreign High-end Talent, giving long-term, multiple-entry access.',
          eligibility: richText(
            'Recognised high-level foreign talent (Class A) and foreign specialists urgently needed in China, with their foreign spouse and children under 18.',
            {
              list: [
                'An R visa can be issued for multiple entries over 5 to 10 years, with stays of up to 180 days each time.',
                'To work in China you still need a work permit and a residence permit for work.',
              ],
            },
          ),
          materials: [
            material.passport.en,
            material.form.en,
            material.photo.en,
            material.accommodation.en,
            {
              name: 'Confirmation Letter of Foreign High-end Talent',
              notes:
                'Applied for by the employer through the Foreigners Working in China management and service system, from the Science and Technology Commission of Shanghai Municipality.',
            },
          ],
          steps: [
            {
              title: 'Apply for the confirmation letter',
              description: 'The employer applies online for the Confirmation Letter of Foreign High-end Talent, normally issued within 5 working days.',
            },
            step.book.en,
            step.submit.en,
            step.collect.en,
          ],
          fees: 'National visa fees apply, usually RMB 160 (reciprocal rates apply to some countries)',
          processingTime: '7 working days',
          offices: [office.exitEntry.en, office.lingang.en],
          faqs: [
            {
              question: 'Can I apply for an R visa from abroad?',
              answer: 'Yes. Apply with the confirmation letter at a Chinese embassy or consulate, or after arrival at the Exit-Entry Administration Bureau in Shanghai.',
            },
            { question: 'What visa can my family get?', answer: 'Your foreign spouse and children under 18 can apply for a matching R visa.' },
          ],
        },
      },
    },
    {
      key: 'driving-licence-exchange',
      data: {
        slug: 'driving-licence-exchange',
        title: '境外驾驶证换领中国驾驶证',
        summary: '在沪居留的外国人持有效境外驾驶证，通过科目一理论考试后，可以换领中华人民共和国机动车驾驶证。',
        eligibility: richText(
          '持有效境外机动车驾驶证、在本市居留的外国人。',
          { list: ['境外驾驶证应在有效期内。', '申请时须通过道路交通安全法律法规和相关知识考试（科目一），考试提供英语等多种语言版本。'] },
        ),
        materials: [
          { name: '护照及居留许可', notes: '护照原件及有效居留许可。', copies: 1, originalRequired: true },
          { name: '境外驾驶证及中文翻译件', notes: '翻译件由具备资质的翻译机构或驾驶证签发国驻华使领馆出具。', copies: 1, originalRequired: true },
          { name: '机动车驾驶人身体条件证明', notes: '由具备资质的医疗机构出具，已联网的无需提交纸质证明。', copies: 1, originalRequired: false },
          { name: '驾驶证照片', notes: '近6个月内白色背景的彩色照片或照片回执。', copies: 1, originalRequired: true },
        ],
        steps: [
          { title: '体检', description: '到指定医疗机构进行驾驶人身体条件检查。' },
          { title: '递交申请', description: '携带材料到车辆管理所换证窗口递交申请，预约科目一考试。' },
          { title: '参加科目一考试', description: '选择考试语言参加理论考试，满分100分，90分合格。' },
          { title: '领取驾驶证', description: '考试合格后当日领取中国驾驶证。' },
        ],
        fees: '考试费50元，驾驶证工本费10元（以现场公示为准）',
        processingTime: '考试合格后当日发证',
        onlineApplication: onlineService('310000-ga-jwjzhl'),
        offices: [office.vehicles.zh],
        legalBasis: [ref('policy-documents', 'foreigner-convenience-2025')],
        faqs: [
          { question: '国际驾照可以在中国开车吗？', answer: '不可以。中国不承认国际驾驶许可证，在华驾驶须持中国驾驶证或临时机动车驾驶许可。' },
          { question: '科目一考试没通过怎么办？', answer: '可以预约补考，每次考试均需缴纳考试费。' },
        ],
        lastReviewedAt: '2026-06-18',
        source: ref('sources', 'psb'),
        topics: [ref('topics', 'transport')],
      },
      translations: {
        en: {
          title: "Exchanging a foreign driver's licence for a Chinese licence",
          summary:
            "Foreign nationals residing in Shanghai with a valid foreign driver's licence can obtain a Chinese motor vehicle driving licence after passing the theory test (Subject 1).",
          eligibility: richText(
            "Foreign nationals residing in Shanghai who hold a valid foreign driver's licence.",
            {
              list: [
                'Your foreign licence must still be valid.',
                'You must pass the test on road traffic safety laws and related knowledge (Subject 1), available in English and several other languages.',
              ],
            },
          ),
          materials: [
            { name: 'Passport and residence permit', notes: 'Original passport and a valid residence permit.' },
            {
              name: "Foreign driver's licence and Chinese translation",
              notes: 'The translation must come from a qualified translation agency or from the embassy or consulate of the country that issued the licence.',
            },
            {
              name: "Driver's health certificate",
              notes: 'Issued by a qualified medical institution; not needed on paper if the institution has filed it online.',
            },
            { name: "Driver's licence photo", notes: 'A colour photo against a white background taken within 6 months, or a photo receipt.' },
          ],
          steps: [
            { title: 'Medical check', description: "Have the driver's health check at a designated medical institution." },
            { title: 'Apply', description: 'Bring your documents to the licence exchange counter of the vehicle administration office and book the Subject 1 test.' },
            { title: 'Take the Subject 1 test', description: 'Choose your test language. The test is marked out of 100; 90 is a pass.' },
            { title: 'Collect your licence', description: 'Collect your Chinese licence on the day you pass.' },
          ],
          fees: 'Test fee RMB 50; licence fee RMB 10 (as posted at the office)',
          processingTime: 'Issued on the day you pass the test',
          offices: [office.vehicles.en],
          faqs: [
            {
              question: "Can I drive in China with an International Driving Permit?",
              answer: 'No. China does not recognise International Driving Permits; you need a Chinese licence or a temporary driving permit.',
            },
            { question: 'What if I fail the Subject 1 test?', answer: 'You can book a retake; the test fee is charged each time.' },
          ],
        },
      },
    },
  ],
}

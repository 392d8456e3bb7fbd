import { richText } from '../richText'
import { ref, type SeedCollection } from '../types'

const service = (key: string) => ref('services', key)

export const policyInterpretations: SeedCollection = {
  collection: 'policy-interpretations',
  keyField: 'slug',
  docs: [
    {
      key: 'foreigner-convenience-qa',
      data: {
        slug: 'foreigner-convenience-qa',
        title: '一问一答：上海进一步便利外籍人员来沪工作生活的若干措施',
        summary: '签证证件7个工作日办结、工作和居留“单一窗口”、境外驾驶证换领、支付便利和多语种服务——五项措施与您的生活息息相关。',
        keyPoints: [
          { point: '签证延期、停留证件和居留许可材料齐全的，7个工作日内办结。' },
          { point: '工作许可和工作类居留许可一窗受理、并联审批，7个工作日内一并办结。' },
          { point: '境外驾驶证换领的理论考试提供多语种版本。' },
          { point: '重点场所受理境外银行卡，移动支付绑定境外银行卡更便捷。' },
        ],
        body: richText(
          '2025年3月，市政府办公厅印发《进一步便利外籍人员来沪工作生活的若干措施》，自2025年4月1日起施行。措施聚焦外籍人员反映集中的签证证件、就业、出行、支付和语言服务等问题。',
          '下面以问答形式介绍与外籍人员关系最密切的内容。具体办理要求以各服务指南为准。',
        ),
        questions: [
          {
            question: '我需要办理签证延期，最快多久可以拿到？',
            answer: '通过“一网通办”预约并一次性提交齐全材料后，出入境管理部门在7个工作日内办结。',
          },
          {
            question: '什么是外国人工作、居留“单一窗口”？',
            answer: '以前工作许可和居留许可需要分别到两个部门办理；现在在一个窗口同时递交，两项许可在7个工作日内一并办结。',
          },
          {
            question: '我的境外驾驶证可以在上海使用吗？',
            answer: '不能直接使用，但可以换领中国驾驶证。换证只需通过科目一理论考试，考试提供英语等多种语言。',
          },
          { question: '遇到问题可以向谁咨询？', answer: '可拨打12345市民服务热线（提供多语种服务），或访问上海国际服务门户。' },
        ],
        interprets: ref('policy-documents', 'foreigner-convenience-2025'),
        audience: ['residents', 'professionals'],
        format: 'qa',
        relatedServices: [service('visa-extension'), service('work-permit'), service('work-residence-permit'), service('driving-licence-exchange')],
        source: ref('sources', 'fao'),
        topics: [ref('topics', 'entry-exit'), ref('topics', 'employment'), ref('topics', 'living')],
        publishedAt: '2025-03-14T09:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Questions and answers: Shanghai’s measures to make it easier for foreign nationals to work and live in the city',
          summary:
            'Visas and permits in 7 working days, a single window for work and residence, easier licence exchange, easier payments and services in more languages: five measures that affect your daily life.',
          keyPoints: [
            { point: 'Complete applications for visa extensions, stay permits and residence permits are decided within 7 working days.' },
            { point: 'Work permits and residence permits for work are handled together at one counter and decided within 7 working days.' },
            { point: "The theory test for exchanging a foreign driver's licence is available in several languages." },
            { point: 'Major venues accept foreign bank cards, and linking foreign cards to mobile payment is easier.' },
          ],
          body: richText(
            "In March 2025 the General Office of Shanghai Municipal People's Government issued the Measures to Make It Easier for Foreign Nationals to Work and Live in Shanghai, in force since 1 April 2025. They address the issues foreign residents raise most often: visas and permits, employment, getting around, payments and language services.",
            'The questions below cover the points that matter most to foreign residents. The service guides give the exact requirements.',
          ),
          questions: [
            {
              question: 'I need to extend my visa. How quickly can I get it?',
              answer: 'Book through Government Online-Offline Shanghai and submit a complete application; the exit-entry authority decides within 7 working days.',
            },
            {
              question: "What is the single window for foreigners' work and residence?",
              answer:
                'The work permit and the residence permit used to be handled by two different offices. Now you submit both at one counter, and both are decided within 7 working days.',
            },
            {
              question: "Can I use my foreign driver's licence in Shanghai?",
              answer: 'Not directly, but you can exchange it for a Chinese licence. You only need to pass the Subject 1 theory test, available in English and other languages.',
            },
            {
              question: 'Who can I ask if I have a problem?',
              answer: 'Call the 12345 Citizen Service Hotline, which offers several languages, or visit International Services Shanghai.',
            },
          ],
        },
        ja: {
          title: '一問一答：外国人の上海での就労・生活をさらに便利にする措置',
          summary: 'ビザ・証件は7営業日で処理、就労・居留のワンストップ窓口、運転免許の切り替え、決済の利便化、多言語サービス――暮らしに身近な5つの措置を紹介します。',
          keyPoints: [
            { point: 'ビザ延長、停留証、居留許可は書類がそろえば7営業日以内に処理。' },
            { point: '就労許可と就労目的の居留許可を一つの窓口で同時に受け付け、7営業日以内にまとめて処理。' },
            { point: '外国の運転免許切り替えの学科試験は多言語で受験可能。' },
            { point: '主要な施設で海外のカードが使え、モバイル決済への海外カード登録もより簡単に。' },
          ],
          body: richText(
            '2025年3月、上海市人民政府弁公庁は「外国人の上海での就労・生活をさらに便利にする若干の措置」を公布し、2025年4月1日から施行しました。外国人から多く寄せられるビザ・証件、就労、移動、決済、言語サービスの課題に対応しています。',
            '以下、外国人に特に関係の深い内容を一問一答で紹介します。具体的な手続きは各サービスガイドをご確認ください。',
          ),
          questions: [
            {
              question: 'ビザの延長が必要です。最短でどのくらいかかりますか？',
              answer: '「一網通辦」で予約し、必要書類をそろえて提出すれば、出入境管理部門が7営業日以内に処理します。',
            },
            {
              question: '外国人就労・居留の「ワンストップ窓口」とは何ですか？',
              answer: '以前は就労許可と居留許可を別々の部門で申請する必要がありましたが、現在は一つの窓口で同時に提出でき、7営業日以内にまとめて処理されます。',
            },
            {
              question: '外国の運転免許証は上海で使えますか？',
              answer: 'そのままでは使えませんが、中国の運転免許証に切り替えられます。学科試験（科目一）に合格するだけでよく、英語など複数の言語で受験できます。',
            },
            { question: '困ったときはどこに相談できますか？', answer: '多言語対応の12345市民サービスホットラインに電話するか、上海国際サービスポータルをご覧ください。' },
          ],
        },
        ar: {
          title: 'أسئلة وأجوبة: تدابير شانغهاي لتيسير عمل المواطنين الأجانب وحياتهم في المدينة',
          summary:
            'تأشيرات وتصاريح خلال 7 أيام عمل، وشبّاك موحد للعمل والإقامة، واستبدال أيسر لرخص القيادة، ودفع أسهل، وخدمات بلغات أكثر: خمسة تدابير تمس حياتك اليومية.',
          keyPoints: [
            { point: 'يُبتّ في الطلبات المكتملة لتمديد التأشيرة وتصاريح البقاء والإقامة خلال 7 أيام عمل.' },
            { point: 'تُعالج تصاريح العمل وتصاريح الإقامة لغرض العمل معًا في شبّاك واحد ويُبتّ فيها خلال 7 أيام عمل.' },
            { point: 'يتوفر الاختبار النظري لاستبدال رخصة القيادة الأجنبية بعدة لغات.' },
            { point: 'تقبل الأماكن الرئيسية البطاقات المصرفية الأجنبية، وأصبح ربطها بالدفع عبر الهاتف المحمول أسهل.' },
          ],
          body: richText(
            'في مارس 2025 أصدر المكتب العام لحكومة بلدية شانغهاي الشعبية «التدابير الرامية إلى تيسير عمل المواطنين الأجانب وحياتهم في شانغهاي»، وهي سارية منذ 1 أبريل 2025. وتعالج التدابير أكثر القضايا التي يثيرها المقيمون الأجانب: التأشيرات والتصاريح، والعمل، والتنقل، والدفع، والخدمات اللغوية.',
            'تتناول الأسئلة التالية أهم ما يعني المقيمين الأجانب، وتتضمن أدلة الخدمات المتطلبات التفصيلية.',
          ),
          questions: [
            {
              question: 'أحتاج إلى تمديد تأشيرتي. ما أسرع مدة للحصول عليه؟',
              answer: 'احجز موعدًا عبر منصة الخدمات الحكومية الإلكترونية في شانغهاي وقدّم طلبًا مكتملًا، وستبتّ سلطة إدارة الدخول والخروج فيه خلال 7 أيام عمل.',
            },
            {
              question: 'ما هو الشبّاك الموحد لعمل الأجانب وإقامتهم؟',
              answer: 'كان تصريح العمل وتصريح الإقامة يُعالجان سابقًا في جهتين مختلفتين. أما الآن فتقدّم الطلبين في شبّاك واحد ويُبتّ فيهما معًا خلال 7 أيام عمل.',
            },
            {
              question: 'هل يمكنني استخدام رخصة قيادتي الأجنبية في شانغهاي؟',
              answer: 'ليس مباشرةً، لكن يمكنك استبدالها برخصة صينية. يكفي اجتياز الاختبار النظري (المادة الأولى)، المتاح بالإنجليزية ولغات أخرى.',
            },
            {
              question: 'بمن أتصل إذا واجهتني مشكلة؟',
              answer: 'اتصل بالخط الساخن لخدمة المواطنين 12345 الذي يقدم خدماته بعدة لغات، أو تفضّل بزيارة بوابة الخدمات الدولية في شانغهاي.',
            },
          ],
        },
      },
    },
    {
      key: 'visa-facilitation-explained',
      data: {
        slug: 'visa-facilitation-explained',
        title: '解读：市公安局优化外国人签证证件办理服务的五项举措',
        summary: '网上预约、延期申请时限、住宿登记网上办、7个工作日办结和热线咨询——一文读懂新规。',
        keyPoints: [
          { point: '签证证件业务均可通过“一网通办”或“随申办”预约。' },
          { point: '停留期届满7日前提出延期申请。' },
          { point: '住在宾馆以外的，24小时内办理住宿登记，可以网上办理。' },
          { point: '材料齐全的7个工作日内办结，紧急情况可申请加急。' },
        ],
        body: richText(
          { heading: '为什么出台这份通告' },
          '近年来来沪外籍人员持续增加，签证证件办理需求集中。通告将近年来行之有效的便民做法固定下来，自2025年7月1日起施行。',
          { heading: '需要特别注意的两个时间' },
          '一是签证延期必须在停留期届满7日前申请，错过时间可能构成非法居留；二是住在宾馆以外的，必须在入住后24小时内办理住宿登记，这份登记表也是今后办理签证证件的必备材料。',
          { heading: '如何咨询' },
          '可拨打12367国家移民管理局服务热线，或12345市民服务热线。',
        ),
        interprets: ref('policy-documents', 'visa-facilitation-2025'),
        audience: ['residents', 'visitors', 'students'],
        format: 'text',
        relatedServices: [service('visa-extension'), service('stay-permit'), service('accommodation-registration')],
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'visas'), ref('topics', 'residence')],
        publishedAt: '2025-06-25T08:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Explained: five ways the Shanghai Municipal Public Security Bureau is improving visa and permit services',
          summary: 'Online booking, the deadline for extensions, online accommodation registration, decisions in 7 working days and hotline help: the new rules at a glance.',
          keyPoints: [
            { point: 'Every visa and permit service can be booked through Government Online-Offline Shanghai or the Suishenban app.' },
            { point: 'Apply for an extension at least 7 days before your permitted stay ends.' },
            { point: 'If you stay anywhere other than a hotel, register within 24 hours; you can do it online.' },
            { point: 'Complete applications are decided within 7 working days; urgent cases can ask for faster handling.' },
          ],
          body: richText(
            { heading: 'Why this notice' },
            'More and more foreign nationals are coming to Shanghai, and demand for visas and permits is concentrated. The notice makes permanent the service improvements that have worked well in recent years, from 1 July 2025.',
            { heading: 'Two deadlines to remember' },
            'First, apply for a visa extension at least 7 days before your permitted stay ends; missing the deadline may mean you are staying illegally. Second, if you stay anywhere other than a hotel, register within 24 hours of arrival; the registration form is also required for any later visa or permit application.',
            { heading: 'Where to ask' },
            'Call the 12367 National Immigration Administration service hotline or the 12345 Citizen Service Hotline.',
          ),
        },
        ar: {
          title: 'شرح: خمس خطوات يحسّن بها مكتب الأمن العام لبلدية شانغهاي خدمات التأشيرات والتصاريح',
          summary: 'الحجز عبر الإنترنت، والموعد النهائي لطلب التمديد، وتسجيل السكن إلكترونيًا، والبتّ خلال 7 أيام عمل، والمساعدة عبر الخط الساخن: القواعد الجديدة باختصار.',
          keyPoints: [
            { point: 'يمكن حجز جميع خدمات التأشيرات والتصاريح عبر منصة الخدمات الحكومية الإلكترونية في شانغهاي أو تطبيق Suishenban.' },
            { point: 'قدّم طلب التمديد قبل 7 أيام على الأقل من انتهاء مدة إقامتك المسموح بها.' },
            { point: 'إذا أقمت في غير فندق فسجّل سكنك خلال 24 ساعة، ويمكنك ذلك عبر الإنترنت.' },
            { point: 'يُبتّ في الطلبات المكتملة خلال 7 أيام عمل، ويمكن طلب المعالجة العاجلة في الحالات الطارئة.' },
          ],
          body: richText(
            { heading: 'لماذا صدر هذا الإعلان' },
            'يتزايد عدد المواطنين الأجانب القادمين إلى شانغهاي، ويتركز الطلب على التأشيرات والتصاريح. ويثبّت الإعلان، اعتبارًا من 1 يوليو 2025، تحسينات الخدمة التي أثبتت نجاحها في السنوات الأخيرة.',
            { heading: 'موعدان مهمان' },
            'أولًا، قدّم طلب تمديد التأشيرة قبل 7 أيام على الأقل من انتهاء مدة إقامتك المسموح بها، فتفويت الموعد قد يعني أنك مقيم بصورة غير قانونية. ثانيًا، إذا أقمت في غير فندق فسجّل سكنك خلال 24 ساعة من وصولك، واستمارة التسجيل مطلوبة أيضًا في أي طلب لاحق للتأشيرة أو التصريح.',
            { heading: 'أين تستفسر' },
            'اتصل بالخط الساخن لخدمات الإدارة الوطنية للهجرة 12367 أو بالخط الساخن لخدمة المواطنين 12345.',
          ),
        },
      },
    },
    {
      key: 'tax-refund-graphic',
      data: {
        slug: 'tax-refund-graphic',
        title: '图解：离境退税新政——起退点降至200元',
        summary: '起退点降低、现金退税限额提高、“即买即退”全市推广，境外旅客在沪购物更省心。',
        keyPoints: [
          { point: '同日同店购物满200元即可申请退税。' },
          { point: '现金退税限额由1万元提高到2万元。' },
          { point: '“即买即退”在全市重点商圈、景区、文博场馆和酒店推广。' },
          { point: '浦东、虹桥机场和邮轮口岸设多语种退税服务点。' },
        ],
        body: richText(
          { heading: '退税三步走' },
          { ordered: true, list: ['在退税商店购物，索取退税申请单和发票。', '离境时请海关验核物品和单据。', '在隔离区退税代理点领取退税款。'] },
          '退税额＝含税发票金额×退税率（11%或8%）。',
        ),
        interprets: ref('policy-documents', 'tax-refund-2025'),
        audience: ['visitors'],
        format: 'graphic',
        relatedServices: [service('departure-tax-refund')],
        source: ref('sources', 'commerce'),
        topics: [ref('topics', 'tax-refund'), ref('topics', 'culture-tourism')],
        zones: [ref('zones', 'eastern-hub')],
        publishedAt: '2025-05-20T02:00:00.000Z',
      },
      translations: {
        en: {
          title: 'At a glance: the new departure tax refund rules — refunds from RMB 200',
          summary: 'A lower minimum spend, a higher cash limit and instant refunds across the city make shopping in Shanghai easier for overseas visitors.',
          keyPoints: [
            { point: 'Spend RMB 200 in the same store on the same day to qualify for a refund.' },
            { point: 'The cash refund limit rises from RMB 10,000 to RMB 20,000.' },
            { point: 'Instant refund at the point of sale is rolled out in major shopping areas, tourist sites, museums and hotels.' },
            { point: 'Multilingual refund desks at Pudong and Hongqiao airports and the cruise terminals.' },
          ],
          body: richText(
            { heading: 'Three steps to your refund' },
            {
              ordered: true,
              list: [
                'Shop at a tax-refund store and ask for the refund form and invoice.',
                'When you leave, have customs check the goods and documents.',
                'Collect your refund at the refund desk in the departure area.',
              ],
            },
            'Refund = invoice amount including VAT × refund rate (11% or 8%).',
          ),
        },
        ko: {
          title: '한눈에 보는 출국 시 세금 환급 새 정책 — 200위안부터 환급',
          summary: '최저 구매 금액 인하, 현금 환급 한도 상향, 즉시 환급 전면 확대로 해외 여행객의 상하이 쇼핑이 더욱 편리해집니다.',
          keyPoints: [
            { point: '같은 날 같은 매장에서 200위안 이상 구매하면 환급 신청 가능.' },
            { point: '현금 환급 한도가 1만 위안에서 2만 위안으로 상향.' },
            { point: '주요 상권, 관광지, 박물관, 호텔에서 구매 즉시 환급 확대.' },
            { point: '푸둥·훙차오 공항과 크루즈 터미널에 다국어 환급 창구 설치.' },
          ],
          body: richText(
            { heading: '세금 환급 3단계' },
            {
              ordered: true,
              list: ['환급 매장에서 구매하고 환급 신청서와 영수증을 받습니다.', '출국 시 세관에서 물품과 서류를 확인받습니다.', '출국 구역의 환급 창구에서 환급금을 받습니다.'],
            },
            '환급액 = 세금 포함 영수증 금액 × 환급률(11% 또는 8%).',
          ),
        },
      },
    },
    {
      key: 'lingang-talent-qa',
      data: {
        slug: 'lingang-talent-qa',
        title: '临港新片区支持境外人才若干措施问答',
        summary: '在临港工作的外籍人才可以享受哪些便利？工作居留、个税补贴、人才公寓和境外职业资格认可一次讲清。',
        keyPoints: [
          { point: '工作许可和居留许可在新片区窗口并联办理。' },
          { point: '高层次人才居留许可最长5年，可推荐申请永久居留。' },
          { point: '境外高端紧缺人才可享受个人所得税税负差额补贴。' },
          { point: '具有境外职业资格的专业人才经备案可在区内执业。' },
        ],
        body: richText('《关于支持境外人才在临港新片区工作生活的若干措施》自2025年3月1日起施行，有效期三年。以下是企业和外籍人才最关心的问题。'),
        questions: [
          {
            question: '公司在临港，外籍员工的工作许可要去市区办理吗？',
            answer: '不需要。新片区服务窗口可同时受理工作许可和工作类居留许可，并联办理。',
          },
          {
            question: '个人所得税税负差额补贴怎么申请？',
            answer: '符合条件的境外高端紧缺人才在年度个税汇算后，由用人单位统一向管委会申报，具体认定标准以每年发布的申报通知为准。',
          },
          {
            question: '哪些境外职业资格可以在临港执业？',
            answer: '金融、建筑、规划、设计等领域具有境外职业资格的专业人才，经备案后可在新片区提供服务，备案清单由管委会公布。',
          },
        ],
        interprets: ref('policy-documents', 'lingang-talent-2025'),
        audience: ['professionals', 'businesses'],
        format: 'qa',
        relatedServices: [service('work-permit'), service('work-residence-permit'), service('talent-visa')],
        source: ref('sources', 'lingang'),
        topics: [ref('topics', 'work-permits'), ref('topics', 'investment')],
        zones: [ref('zones', 'lingang')],
        publishedAt: '2025-02-26T03:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Questions and answers on the Lingang Special Area’s measures for international talent',
          summary:
            'What do foreign professionals working in Lingang get? Work and residence permits, income tax subsidies, talent apartments and recognition of foreign qualifications, explained.',
          keyPoints: [
            { point: 'Work permits and residence permits are handled in parallel at the Special Area’s service window.' },
            { point: 'High-level talent can get residence permits of up to 5 years and be recommended for permanent residence.' },
            { point: 'High-end and urgently needed international talent can receive an individual income tax subsidy.' },
            { point: 'Professionals with foreign qualifications can practise in the area after filing.' },
          ],
          body: richText(
            'The Measures to Support International Talent Working and Living in the Lingang Special Area took effect on 1 March 2025 for three years. Here are the questions companies and foreign professionals ask most.',
          ),
          questions: [
            {
              question: 'Our company is in Lingang. Do our foreign employees have to go downtown for their work permits?',
              answer: 'No. The Special Area’s service window handles the work permit and the residence permit for work together.',
            },
            {
              question: 'How do I apply for the individual income tax subsidy?',
              answer:
                'After the annual income tax reconciliation, the employer applies to the Administrative Committee on behalf of eligible high-end and urgently needed talent. The criteria are set out in the call for applications published each year.',
            },
            {
              question: 'Which foreign professional qualifications are recognised in Lingang?',
              answer:
                'Professionals with foreign qualifications in finance, construction, planning, design and similar fields may provide services after filing; the Administrative Committee publishes the list.',
            },
          ],
        },
      },
    },
    {
      key: 'eastern-hub-qa',
      data: {
        slug: 'eastern-hub-qa',
        title: '东方枢纽国际商务合作区境外人员通行管理办法问答',
        summary: '不用签证怎么入区？能停留多久？离开时怎么办？一文看懂合作区的人员通行规则。',
        keyPoints: [
          { point: '持有效邀请搭乘国际航班经浦东机场入区，无需中国签证。' },
          { point: '邀请单位一般提前48小时备案邀请。' },
          { point: '区内停留30天，可申请延期。' },
          { point: '离区可在区内办理值机、托运和离境退税。' },
        ],
        body: richText('《上海东方枢纽国际商务合作区境外人员通行管理办法》自2025年8月1日起施行。以下解答境外商务人士和邀请单位最常见的问题。'),
        questions: [
          {
            question: '谁可以免签入区？',
            answer: '搭乘国际（地区）航班抵达浦东国际机场、持国际旅行证件和经综合管理机构备案的有效邀请的境外人员。',
          },
          {
            question: '在区内可以做什么？',
            answer: '开展商务会见、商务洽谈、会议会展、培训等商务活动。',
          },
          {
            question: '想去上海市区怎么办？',
            answer: '需要依法办理口岸签证等入境手续；符合免签政策的，可适用相关政策。',
          },
        ],
        interprets: ref('policy-documents', 'eastern-hub-access-2025'),
        audience: ['businesses', 'visitors'],
        format: 'qa',
        relatedServices: [service('departure-tax-refund')],
        source: ref('sources', 'commerce'),
        topics: [ref('topics', 'visas'), ref('topics', 'investment')],
        zones: [ref('zones', 'eastern-hub')],
        publishedAt: '2025-07-31T02:00:00.000Z',
      },
      translations: {
        en: {
          title: "Questions and answers on overseas visitors' access to the Eastern Hub International Business Cooperation Zone",
          summary: 'How do you enter without a visa? How long can you stay? What happens when you leave? The zone’s access rules explained.',
          keyPoints: [
            { point: 'Arrive at Pudong Airport on an international flight with a valid invitation: no Chinese visa needed.' },
            { point: 'The inviting organisation normally files the invitation 48 hours ahead.' },
            { point: 'Stay 30 days in the zone, with extensions possible.' },
            { point: 'Check in, drop baggage and claim tax refunds inside the zone when you leave.' },
          ],
          body: richText(
            "The Measures for Overseas Visitors' Access to the Shanghai Eastern Hub International Business Cooperation Zone took effect on 1 August 2025. These are the questions overseas business visitors and their hosts ask most.",
          ),
          questions: [
            {
              question: 'Who can enter without a visa?',
              answer:
                'Overseas visitors who arrive at Pudong International Airport on an international (or regional) flight with an international travel document and a valid invitation filed with the zone’s management body.',
            },
            { question: 'What can I do in the zone?', answer: 'Business meetings, negotiations, conferences, exhibitions, training and similar business activities.' },
            {
              question: 'What if I want to go into Shanghai?',
              answer: 'You need to obtain a port visa or complete other entry formalities as required by law, unless you qualify for a visa-free policy.',
            },
          ],
        },
      },
    },
    {
      key: 'social-insurance-explained',
      data: {
        slug: 'social-insurance-explained',
        title: '解读：在沪就业外国人参加社会保险新规（2027年1月1日起施行）',
        summary: '谁要参保、双边协定国家人员怎么办、离开中国时个人账户如何处理——新规要点提前看。',
        keyPoints: [
          { point: '持工作许可和工作类居留许可的外籍员工参加五项社会保险。' },
          { point: '与我国签订双边社保协定国家的人员按协定办理。' },
          { point: '离开中国时可保留个人账户，也可申请一次性领取。' },
          { point: '用人单位可通过“一网通办”办理参保登记。' },
        ],
        body: richText(
          '市人力资源社会保障局于2026年11月发布通知，自2027年1月1日起施行。用人单位应在新规施行前梳理外籍员工的参保情况。',
          '目前我国已与德国、韩国、日本、法国等多个国家签订社会保障双边协定，相关国家人员可凭派遣国出具的参保证明申请免缴部分险种。',
        ),
        interprets: ref('policy-documents', 'social-insurance-2026'),
        audience: ['professionals', 'businesses'],
        format: 'text',
        relatedServices: [service('work-permit'), service('work-residence-permit')],
        source: ref('sources', 'hrss'),
        topics: [ref('topics', 'social-insurance')],
        publishedAt: '2026-11-12T02:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Explained: new social insurance rules for foreign nationals employed in Shanghai (from 1 January 2027)',
          summary:
            'Who must join, what applies to nationals of countries with a bilateral agreement, and what happens to your individual account when you leave China: the main points in advance.',
          keyPoints: [
            { point: 'Foreign employees with a work permit and a residence permit for work join the five social insurance schemes.' },
            { point: 'Nationals of countries with a bilateral social security agreement follow the agreement.' },
            { point: 'When leaving China you can keep your individual account or take the balance as a lump sum.' },
            { point: 'Employers can register employees through Government Online-Offline Shanghai.' },
          ],
          body: richText(
            'The Shanghai Municipal Human Resources and Social Security Bureau issued the notice in November 2026; it takes effect on 1 January 2027. Employers should review the insurance status of their foreign employees before then.',
            'China has signed bilateral social security agreements with a number of countries including Germany, the Republic of Korea, Japan and France. Their nationals can apply to be exempted from certain schemes with a certificate of coverage from the sending country.',
          ),
        },
      },
    },
    {
      key: 'permanent-residence-explained',
      data: {
        slug: 'permanent-residence-explained',
        title: '解读：外籍高层次人才申请在华永久居留的便利举措',
        summary: '单位推荐直接申请、按工资和纳税标准申请、家属随同申请——三条路径看清楚。',
        keyPoints: [
          { point: '经认定的外籍高层次人才可由工作单位推荐直接申请。' },
          { point: '在沪连续工作满4年且收入和纳税达标的可以申请。' },
          { point: '外籍配偶和未满18周岁子女可以随同申请。' },
        ],
        body: richText(
          '永久居留是外籍人才在华长期发展的重要保障。持有外国人永久居留身份证，在华工作无需办理工作许可，出入境也无需办理签证。',
          '工资性年收入标准为上年度本市城镇单位就业人员平均工资的6倍，年缴纳个人所得税不低于该收入标准的20%。',
        ),
        interprets: ref('policy-documents', 'permanent-residence-2024'),
        audience: ['professionals'],
        format: 'text',
        relatedServices: [service('permanent-residence')],
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'permanent-residence')],
        zones: [ref('zones', 'zhangjiang')],
        publishedAt: '2024-01-22T02:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Explained: easier permanent residence in China for high-level foreign talent',
          summary: 'Direct application on your employer’s recommendation, application based on salary and tax, and applying with your family: three routes made clear.',
          keyPoints: [
            { point: 'Recognised high-level foreign talent can apply directly on their employer’s recommendation.' },
            { point: 'Those who have worked in Shanghai for 4 consecutive years and meet the salary and tax thresholds can apply.' },
            { point: 'Foreign spouses and children under 18 can apply together with the applicant.' },
          ],
          body: richText(
            "Permanent residence is a strong foundation for a long-term career in China. Holders of the Foreigner's Permanent Residence ID Card can work in China without a work permit and enter and leave without a visa.",
            'The salary threshold is 6 times the previous year’s average wage of urban employees in Shanghai, and individual income tax paid each year must be at least 20% of that threshold.',
          ),
        },
      },
    },
  ],
}

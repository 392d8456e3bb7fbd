import { richText } from '../richText'
import { ref, type SeedCollection } from '../types'

export const news: SeedCollection = {
  collection: 'news',
  keyField: 'slug',
  docs: [
    {
      key: 'visa-services-online-2026',
      data: {
        slug: 'visa-services-online-2026',
        title: '外国人签证证件全面实现网上预约 九成申请一次办结',
        summary: '市公安局出入境管理局介绍，外国人签证证件业务已全部实现网上预约，绝大多数申请可一次办结。',
        body: richText(
          '1月15日，市公安局出入境管理局介绍，自《关于优化外国人签证证件办理服务的通告》施行以来，外国人签证延期、停留证件和居留许可等业务已全部实现网上预约，约九成申请做到材料一次提交、一次办结。',
          '申请人可通过“一网通办”平台或“随申办”App选择办理地点和时间，并在线填写申请表。材料齐全的，出入境管理部门在7个工作日内作出决定。',
          '出入境管理局提醒，需要延长停留期的外国人应在停留期届满7日前提出申请；住在宾馆以外的，应在入住后24小时内办理住宿登记。咨询可拨打12367国家移民管理局服务热线。',
        ),
        originalUrl: 'https://gaj.sh.gov.cn/shga/wzXxfbGj/detail?pa=2026011501',
        source: ref('sources', 'exit-entry'),
        topics: [ref('topics', 'visas'), ref('topics', 'residence')],
        publishedAt: '2026-01-15T02:30:00.000Z',
      },
      translations: {
        en: {
          title: 'All visa and permit services for foreign nationals now booked online, with nine in ten settled in one visit',
          summary:
            'The Exit-Entry Administration Bureau says every visa and permit service for foreign nationals can now be booked online, and most applications are settled in a single visit.',
          body: richText(
            'On 15 January the Exit-Entry Administration Bureau of Shanghai Municipal Public Security Bureau said that since its notice on improving visa and permit services took effect, visa extensions, stay permits, residence permits and related services for foreign nationals can all be booked online, and about nine in ten applications are completed with a single submission.',
            'Applicants choose the office and time slot and fill in the application form through Government Online-Offline Shanghai or the Suishenban app. When an application is complete, the exit-entry authority decides within 7 working days.',
            'The bureau reminds foreign nationals who need to stay longer to apply at least 7 days before their permitted stay ends, and those staying anywhere other than a hotel to register their accommodation within 24 hours of arrival. For enquiries, call the 12367 National Immigration Administration service hotline.',
          ),
        },
        ja: {
          title: '外国人のビザ・証件手続き、全面オンライン予約に　9割が1回で完了',
          summary: '上海市公安局出入境管理局によると、外国人のビザ・証件業務はすべてオンラインで予約でき、大多数の申請が1回の来訪で完了しています。',
          body: richText(
            '上海市公安局出入境管理局は1月15日、「外国人ビザ・証件手続きサービスの最適化に関する通告」の施行以来、外国人のビザ延長、停留証、居留許可などの業務がすべてオンライン予約に対応し、約9割の申請が書類の1回の提出で完了していると明らかにしました。',
            '申請者は「一網通辦」プラットフォームまたは「随申辦」アプリで窓口と時間を選び、申請表をオンラインで入力できます。書類がそろっていれば、出入境管理部門は7営業日以内に決定します。',
            '同局は、滞在期間の延長が必要な外国人は満了日の7日前までに申請し、ホテル以外に滞在する場合は到着後24時間以内に宿泊登録をするよう呼びかけています。問い合わせは12367国家移民管理局サービスホットラインまで。',
          ),
        },
        ar: {
          title: 'حجز جميع خدمات التأشيرات والتصاريح للأجانب عبر الإنترنت، وإنجاز تسعة طلبات من كل عشرة في زيارة واحدة',
          summary:
            'أعلن مكتب إدارة الدخول والخروج أن جميع خدمات التأشيرات والتصاريح للمواطنين الأجانب باتت تُحجز عبر الإنترنت، وأن معظم الطلبات تُنجز في زيارة واحدة.',
          body: richText(
            'أفاد مكتب إدارة الدخول والخروج التابع لمكتب الأمن العام لبلدية شانغهاي في 15 يناير بأنه منذ سريان إعلانه بشأن تحسين خدمات التأشيرات والتصاريح، أصبح بالإمكان حجز جميع خدمات تمديد التأشيرة وتصاريح البقاء وتصاريح الإقامة للمواطنين الأجانب عبر الإنترنت، وأن نحو تسعة طلبات من كل عشرة تُنجز بتقديم واحد للمستندات.',
            'يختار مقدمو الطلبات المكتب والموعد ويملؤون استمارة الطلب عبر منصة الخدمات الحكومية الإلكترونية في شانغهاي أو تطبيق Suishenban. وعندما يكتمل الطلب تبتّ فيه سلطة إدارة الدخول والخروج خلال 7 أيام عمل.',
            'ويذكّر المكتب المواطنين الأجانب الذين يحتاجون إلى إطالة إقامتهم بتقديم الطلب قبل 7 أيام على الأقل من انتهاء المدة المسموح بها، ومن يقيمون في غير الفنادق بتسجيل سكنهم خلال 24 ساعة من وصولهم. وللاستفسار يمكن الاتصال بالخط الساخن لخدمات الإدارة الوطنية للهجرة 12367.',
          ),
        },
      },
    },
    {
      key: 'hongqiao-headquarters-2026',
      data: {
        slug: 'hongqiao-headquarters-2026',
        title: '虹桥国际中央商务区新一批跨国公司地区总部项目集中签约',
        summary: '一批跨国公司地区总部和贸易型总部项目落户虹桥国际中央商务区，涉及医疗器械、消费品和数字贸易等领域。',
        body: richText(
          '2月24日，虹桥国际中央商务区举行重点项目集中签约活动，一批跨国公司地区总部、贸易型总部和功能性平台项目落户，涉及医疗器械、消费品、数字贸易和专业服务等领域。',
          '市商务委表示，将继续发挥进博会溢出效应和虹桥综合交通枢纽优势，为外资企业提供项目落地、人才引进和跨境贸易便利化等全方位服务，持续优化营商环境。',
        ),
        originalUrl: 'https://sww.sh.gov.cn/swdt/20260224/8d1f3a5c7e9b4d2f6a8c0e2b4d6f8a1c.html',
        source: ref('sources', 'commerce'),
        topics: [ref('topics', 'investment'), ref('topics', 'business-environment')],
        zones: [ref('zones', 'hongqiao')],
        publishedAt: '2026-02-24T06:00:00.000Z',
      },
      translations: {
        en: {
          title: 'New group of multinational regional headquarters signs up in the Hongqiao International Central Business District',
          summary:
            'Regional and trading headquarters of multinational companies in medical devices, consumer goods and digital trade are moving into the Hongqiao International Central Business District.',
          body: richText(
            'On 24 February the Hongqiao International Central Business District held a signing ceremony for key projects. Regional headquarters and trading headquarters of multinational companies, as well as service platforms, will set up in the district, in fields including medical devices, consumer goods, digital trade and professional services.',
            'The Shanghai Municipal Commission of Commerce said it will continue to build on the spill-over effect of the China International Import Expo and the advantages of the Hongqiao transport hub, helping foreign-invested companies with setting up, recruiting talent and trading across borders, and keep improving the business environment.',
          ),
        },
      },
    },
    {
      key: 'instant-tax-refund-2026',
      data: {
        slug: 'instant-tax-refund-2026',
        title: '离境退税“即买即退”覆盖全市主要商圈和景区',
        summary: '境外旅客在全市主要商圈、景区和文博场馆的退税商店购物，可以当场领取退税款。',
        body: richText(
          '3月30日，市税务局、市商务委介绍，离境退税“即买即退”服务已覆盖南京路步行街、淮海中路、陆家嘴、豫园等全市主要商圈，以及主要旅游景区和文博场馆的退税商店。',
          '境外旅客同日同店购物满200元即可申请退税，在提供“即买即退”服务的商店可当场领取退税款，离境时只需经海关验核并由退税代理点确认。',
          '浦东、虹桥两大机场已设置多语种退税服务点。咨询可拨打12366纳税缴费服务热线。',
        ),
        originalUrl: 'https://shanghai.chinatax.gov.cn/xwdt/swxw/202603/t20260330_4501236.html',
        source: ref('sources', 'tax'),
        topics: [ref('topics', 'tax-refund'), ref('topics', 'culture-tourism')],
        zones: [ref('zones', 'lujiazui')],
        publishedAt: '2026-03-30T03:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Instant departure tax refund now available in all major shopping areas and tourist sites',
          summary: 'Overseas visitors shopping at tax-refund stores in the city’s main shopping areas, tourist sites and museums can now receive their refund on the spot.',
          body: richText(
            'On 30 March the Shanghai Municipal Tax Service and the Shanghai Municipal Commission of Commerce said that instant tax refund at the point of sale now covers tax-refund stores in all the city’s main shopping areas, including Nanjing Road Pedestrian Street, Middle Huaihai Road, Lujiazui and Yuyuan, as well as major tourist sites and museums.',
            'Overseas visitors who spend RMB 200 in the same store on the same day qualify for a refund. In stores offering the instant service they receive the refund immediately; when leaving China they only need the customs check and a confirmation at the refund desk.',
            'Multilingual refund desks are open at Pudong and Hongqiao airports. For enquiries, call the 12366 tax service hotline.',
          ),
        },
        ja: {
          title: '出国時免税還付の「購入時即時還付」、市内の主要商業エリアと観光地に拡大',
          summary: '海外旅行者は市内の主要商業エリア、観光地、博物館の免税還付店で買い物をすると、その場で還付金を受け取れます。',
          body: richText(
            '上海市税務局と上海市商務委員会は3月30日、購入時即時還付サービスが南京路歩行者天国、淮海中路、陸家嘴、豫園など市内の主要商業エリアのほか、主要観光地や博物館の免税還付店にまで広がったと発表しました。',
            '海外旅行者は同日・同一店舗で200元以上購入すれば還付を申請でき、即時還付に対応する店舗ではその場で還付金を受け取れます。出国時は税関の確認と還付カウンターでの確認だけで済みます。',
            '浦東・虹橋の両空港には多言語対応の還付カウンターが設けられています。問い合わせは12366納税サービスホットラインまで。',
          ),
        },
        ko: {
          title: '출국 시 세금 ‘구매 즉시 환급’, 상하이 주요 상권과 관광지로 확대',
          summary: '해외 여행객은 상하이 주요 상권, 관광지, 박물관의 환급 매장에서 쇼핑하면 현장에서 바로 환급금을 받을 수 있습니다.',
          body: richText(
            '상하이시 세무국과 상하이시 상무위원회는 3월 30일, 구매 즉시 환급 서비스가 난징루 보행가, 화이하이중루, 루자쭈이, 위위안 등 시내 주요 상권과 주요 관광지·박물관의 환급 매장까지 확대되었다고 밝혔습니다.',
            '해외 여행객은 같은 날 같은 매장에서 200위안 이상 구매하면 환급을 신청할 수 있으며, 즉시 환급 매장에서는 현장에서 환급금을 받습니다. 출국 시에는 세관 확인과 환급 창구 확인만 받으면 됩니다.',
            '푸둥·훙차오 두 공항에는 다국어 환급 창구가 마련되어 있습니다. 문의는 12366 납세 서비스 핫라인으로 하시면 됩니다.',
          ),
        },
      },
    },
    {
      key: 'lingang-talent-service-2026',
      data: {
        slug: 'lingang-talent-service-2026',
        title: '临港新片区外国人工作居留服务窗口推出周六服务和多语种预约',
        summary: '临港新片区外国人工作、居留服务窗口推出周六预约服务，并上线英、日、韩、阿拉伯语等多语种预约页面。',
        body: richText(
          '5月12日，临港新片区管委会宣布，新片区外国人工作、居留服务窗口自即日起提供周六预约服务，方便工作日无法请假的外籍人才办理工作许可和居留许可。',
          '窗口同步上线英语、日语、韩语和阿拉伯语等多语种预约页面，外籍人才可以在线查询所需材料、预约办理时间。',
          '管委会表示，将继续落实支持境外人才在临港新片区工作生活的若干措施，在人才公寓、国际学校和国际医疗等方面提供配套服务。',
        ),
        originalUrl: 'https://www.lingang.gov.cn/html/website/lg/index/news/20260512.html',
        source: ref('sources', 'lingang'),
        topics: [ref('topics', 'work-permits'), ref('topics', 'residence')],
        zones: [ref('zones', 'lingang')],
        publishedAt: '2026-05-12T07:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Lingang Special Area work and residence window opens on Saturdays and takes bookings in more languages',
          summary:
            "The Lingang Special Area's service window for foreigners' work and residence now opens on Saturdays by appointment, with booking pages in English, Japanese, Korean, Arabic and other languages.",
          body: richText(
            "On 12 May the Administrative Committee of the Lingang Special Area announced that its service window for foreigners' work and residence now takes Saturday appointments, so foreign professionals who cannot take time off on weekdays can apply for work permits and residence permits.",
            'Booking pages are now available in English, Japanese, Korean, Arabic and other languages, where foreign professionals can check the documents they need and book a time slot.',
            'The committee said it will keep implementing its measures to support international talent working and living in the Lingang Special Area, including talent apartments, international schools and international medical services.',
          ),
        },
        ar: {
          title: 'نافذة العمل والإقامة في منطقة لينغانغ الخاصة تفتح أيام السبت وتقبل الحجز بلغات أكثر',
          summary:
            'باتت نافذة خدمات عمل الأجانب وإقامتهم في منطقة لينغانغ الخاصة تعمل أيام السبت بموعد مسبق، مع صفحات حجز بالإنجليزية واليابانية والكورية والعربية ولغات أخرى.',
          body: richText(
            'أعلنت اللجنة الإدارية لمنطقة لينغانغ الخاصة في 12 مايو أن نافذة خدمات عمل الأجانب وإقامتهم أصبحت تستقبل المواعيد أيام السبت، ليتمكن المهنيون الأجانب الذين لا يستطيعون الاستئذان من العمل في أيام الأسبوع من التقدم بطلبات تصاريح العمل والإقامة.',
            'وتتوفر الآن صفحات الحجز بالإنجليزية واليابانية والكورية والعربية ولغات أخرى، حيث يمكن للمهنيين الأجانب الاطلاع على المستندات المطلوبة وحجز موعد.',
            'وأكدت اللجنة أنها ستواصل تنفيذ تدابيرها لدعم عمل الكفاءات الأجنبية وحياتها في منطقة لينغانغ الخاصة، بما في ذلك شقق الكفاءات والمدارس الدولية والخدمات الطبية الدولية.',
          ),
        },
      },
    },
    {
      key: 'government-open-month-2026',
      data: {
        slug: 'government-open-month-2026',
        title: '2026年“政府开放月”设立外籍人士专场',
        summary: '今年的“政府开放月”首次设立外籍人士专场，邀请在沪外籍人士走进政府部门和政务服务中心。',
        body: richText(
          '6月5日，2026年上海“政府开放月”活动启动。今年首次设立外籍人士专场，市政府外办邀请在沪工作生活的外籍人士代表走进出入境管理局、政务服务中心和社区，体验政务服务并面对面提出意见建议。',
          '活动期间，外籍人士还可以通过上海国际服务门户的政策留言板，就签证证件、就业、教育、医疗等问题留言，相关部门将在规定时间内答复。',
        ),
        originalUrl: 'https://wsb.sh.gov.cn/node12/20260605/0b2d4f6a8c1e3a5c7e9b1d3f5a7c9e2b.html',
        source: ref('sources', 'fao'),
        topics: [ref('topics', 'living'), ref('topics', 'entry-exit')],
        publishedAt: '2026-06-05T02:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Government Open Month 2026 includes sessions for foreign residents',
          summary: 'For the first time, this year’s Government Open Month has sessions for foreign residents, who are invited into government departments and service centres.',
          body: richText(
            'Shanghai’s Government Open Month 2026 began on 5 June. For the first time it includes sessions for foreign residents: the Shanghai Municipal Foreign Affairs Office has invited foreign nationals who live and work in the city to visit the Exit-Entry Administration Bureau, government service centres and local communities, try out public services and give their views face to face.',
            'During the month foreign residents can also leave questions about visas and permits, employment, education and healthcare on the policy message board of International Services Shanghai, and the departments concerned will reply within the set time.',
          ),
        },
      },
    },
    {
      key: 'eastern-hub-business-talks-2026',
      data: {
        slug: 'eastern-hub-business-talks-2026',
        title: '东方枢纽国际商务合作区举办国际商务洽谈周 境外客商免签入区',
        summary: '来自多个国家和地区的境外客商持有效邀请经浦东国际机场免签入区，参加合作区举办的国际商务洽谈周。',
        body: richText(
          '8月6日，东方枢纽国际商务合作区举办国际商务洽谈周。来自亚洲、欧洲、中东和拉美等地区的境外客商持经备案的有效邀请，搭乘国际航班抵达浦东国际机场后免签入区，参加商务洽谈和新品发布活动。',
          '合作区内的会议会展中心和联检大楼已投入使用。境外客商离区时可在区内联检区域办理值机、行李托运和离境退税手续。',
          '浦东新区表示，将持续完善合作区的商务、会展和培训服务功能，吸引更多跨国公司和国际机构在区内开展商务活动。',
        ),
        originalUrl: 'https://www.pudong.gov.cn/zwgk/20260806/9a7c5e3b1d2f4a6c8e0b2d4f6a8c1e3a.html',
        source: ref('sources', 'pudong'),
        topics: [ref('topics', 'investment'), ref('topics', 'visas')],
        zones: [ref('zones', 'eastern-hub')],
        publishedAt: '2026-08-06T04:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Eastern Hub International Business Cooperation Zone hosts international business week, with visa-free entry for overseas guests',
          summary:
            'Overseas business visitors from many countries and regions entered the zone visa-free via Pudong International Airport, with valid invitations, for its international business week.',
          body: richText(
            'On 6 August the Eastern Hub International Business Cooperation Zone opened its international business week. Business visitors from Asia, Europe, the Middle East and Latin America arrived at Pudong International Airport on international flights and entered the zone without visas, using invitations filed in advance, to take part in business talks and product launches.',
            'The zone’s conference and exhibition centre and joint inspection building are in use. When leaving, visitors can check in, drop their baggage and claim departure tax refunds in the zone’s joint inspection area.',
            "The People's Government of Pudong New Area said it will keep developing the zone's business, exhibition and training services to attract more multinational companies and international organisations.",
          ),
        },
      },
    },
    {
      key: 'zhangjiang-talent-apartments-2026',
      data: {
        slug: 'zhangjiang-talent-apartments-2026',
        title: '张江科学城新增一批国际人才公寓',
        summary: '张江科学城新增一批面向外籍科研人员的国际人才公寓，配套多语种社区服务。',
        body: richText(
          '9月15日，浦东新区介绍，张江科学城新增一批国际人才公寓，面向在张江工作的外籍科研人员和企业研发人员，提供拎包入住的精装房源。',
          '公寓所在社区配备多语种服务站，可协助办理住宿登记、子女入学和就医预约等事项。符合条件的外籍高层次人才还可以通过科学城获得永久居留推荐。',
        ),
        originalUrl: 'https://www.pudong.gov.cn/zwgk/20260915/2c4e6a8b0d1f3a5c7e9b2d4f6a8c0e1b.html',
        source: ref('sources', 'pudong'),
        topics: [ref('topics', 'living'), ref('topics', 'permanent-residence')],
        zones: [ref('zones', 'zhangjiang')],
        publishedAt: '2026-09-15T03:30:00.000Z',
      },
      translations: {
        en: {
          title: 'New international talent apartments open in Zhangjiang Science City',
          summary: 'Zhangjiang Science City has opened new international talent apartments for foreign researchers, with community services in several languages.',
          body: richText(
            'On 15 September Pudong New Area announced that new international talent apartments have opened in Zhangjiang Science City. The fully furnished, move-in-ready flats are for foreign scientists and corporate R&D staff working in Zhangjiang.',
            "The community has a multilingual service point that helps with accommodation registration, school places for children and hospital appointments. Eligible high-level foreign talent can also be recommended for permanent residence through the Science City.",
          ),
        },
      },
    },
    {
      key: 'online-services-multilingual-2026',
      data: {
        slug: 'online-services-multilingual-2026',
        title: '“一网通办”国际版新增日语、韩语和阿拉伯语服务',
        summary: '“一网通办”国际版在英语基础上新增日语、韩语和阿拉伯语页面，外籍人士可用母语查询和办理常用事项。',
        body: richText(
          '10月20日，市数据局介绍，“一网通办”国际版在英语服务的基础上，新增日语、韩语和阿拉伯语页面，覆盖签证证件预约、住宿登记、工作许可、社保查询和离境退税指南等外籍人士常用事项。',
          '外籍人士还可以通过“随申办”App切换界面语言，使用护照完成实名认证后在线办理相关事项。',
          '市数据局表示，将根据使用需求逐步增加服务语种和事项，并与上海国际服务门户实现内容互通。',
        ),
        originalUrl: 'https://sjj.sh.gov.cn/xwdt/20261020/6e8a0c2e4b6d8f1a3c5e7b9d1f3a5c7e.html',
        source: ref('sources', 'data-bureau'),
        topics: [ref('topics', 'living')],
        publishedAt: '2026-10-20T02:00:00.000Z',
      },
      translations: {
        en: {
          title: 'International version of Government Online-Offline Shanghai adds Japanese, Korean and Arabic',
          summary:
            'The international version of Government Online-Offline Shanghai now has Japanese, Korean and Arabic pages alongside English, so foreign residents can look up and complete common services in their own language.',
          body: richText(
            'On 20 October the Shanghai Municipal Data Bureau said the international version of Government Online-Offline Shanghai has added Japanese, Korean and Arabic pages to its English service. They cover the services foreign residents use most, including booking visa and permit appointments, accommodation registration, work permits, social insurance enquiries and the departure tax refund guide.',
            'Foreign residents can also switch the language of the Suishenban app and, after verifying their identity with a passport, complete these services online.',
            'The bureau said it will add languages and services as demand grows and share content with International Services Shanghai.',
          ),
        },
        ko: {
          title: '「이왕퉁반」 국제판, 일본어·한국어·아랍어 서비스 추가',
          summary: '「이왕퉁반」 국제판이 영어에 이어 일본어, 한국어, 아랍어 페이지를 추가해 외국인이 모국어로 주요 업무를 조회하고 처리할 수 있게 되었습니다.',
          body: richText(
            '상하이시 데이터국은 10월 20일, 「이왕퉁반」 국제판이 영어 서비스에 더해 일본어, 한국어, 아랍어 페이지를 새로 개설했다고 밝혔습니다. 비자·증명서 예약, 숙박 등록, 취업허가, 사회보험 조회, 출국 시 세금 환급 안내 등 외국인이 자주 이용하는 업무를 포함합니다.',
            '외국인은 「쑤이선반」 앱에서도 화면 언어를 전환할 수 있으며, 여권으로 실명 인증을 마친 후 관련 업무를 온라인으로 처리할 수 있습니다.',
            '데이터국은 이용 수요에 따라 서비스 언어와 업무를 점차 늘리고 상하이 국제서비스 포털과 콘텐츠를 연계할 계획이라고 밝혔습니다.',
          ),
        },
      },
    },
    {
      key: 'ciie-2026-services',
      data: {
        slug: 'ciie-2026-services',
        title: '第九届进博会期间 虹桥商务区为境外客商提供一站式服务',
        summary: '第九届中国国际进口博览会期间，虹桥国际中央商务区设立境外客商服务站，提供签证证件咨询、支付和交通等一站式服务。',
        body: richText(
          '11月，第九届中国国际进口博览会在国家会展中心（上海）举办。虹桥国际中央商务区在展馆周边和虹桥综合交通枢纽设立境外客商服务站，提供签证证件咨询、境外银行卡支付、外币兑换和交通出行等一站式服务。',
          '出入境管理部门在展馆设立咨询点，为境外参展商和采购商解答签证延期、停留证件等问题；离境退税商店在展会期间延长营业时间。',
          '市商务委表示，将持续放大进博会溢出效应，推动更多展品变商品、展商变投资商。',
        ),
        originalUrl: 'https://sww.sh.gov.cn/swdt/20261110/4f6b8d0a2c4e6a8c0e2b4d6f8a0c2e4d.html',
        source: ref('sources', 'commerce'),
        topics: [ref('topics', 'investment'), ref('topics', 'visas'), ref('topics', 'payments')],
        zones: [ref('zones', 'hongqiao')],
        publishedAt: '2026-11-10T05:00:00.000Z',
      },
      translations: {
        en: {
          title: 'Hongqiao business district offers one-stop services to overseas guests at the 9th China International Import Expo',
          summary:
            'During the 9th China International Import Expo, the Hongqiao International Central Business District set up service points for overseas business visitors, with help on visas and permits, payments and transport in one place.',
          body: richText(
            'In November the 9th China International Import Expo was held at the National Exhibition and Convention Center (Shanghai). The Hongqiao International Central Business District set up service points for overseas business visitors around the venue and at the Hongqiao transport hub, offering one-stop help with visa and permit questions, paying with foreign bank cards, currency exchange and getting around.',
            'The exit-entry authority ran an information desk at the venue to answer exhibitors’ and buyers’ questions on visa extensions and stay permits, and tax-refund stores stayed open longer during the expo.',
            'The Shanghai Municipal Commission of Commerce said it will keep amplifying the expo’s spill-over effect, turning more exhibits into products on sale and more exhibitors into investors.',
          ),
        },
      },
    },
    {
      key: 'draft-sample',
      draft: true,
      data: { slug: 'draft-sample', title: '草稿示例', body: richText('尚未发布。'), source: ref('sources', 'fao') },
      translations: { en: { title: 'Draft sample', body: richText('Not yet published.') } },
    },
  ],
}

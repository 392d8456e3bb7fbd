import { richText } from '../richText'
import { ref, type SeedCollection } from '../types'

/**
 * Original policy texts. The document numbers follow the official pattern
 * (issuer abbreviation, year in 〔〕, serial number, 号); texts are abridged for the demo.
 */
export const policyDocuments: SeedCollection = {
  collection: 'policy-documents',
  keyField: 'slug',
  docs: [
    {
      key: 'foreigner-convenience-2025',
      data: {
        slug: 'foreigner-convenience-2025',
        title: '上海市人民政府办公厅关于印发《进一步便利外籍人员来沪工作生活的若干措施》的通知',
        documentNumber: '沪府办规〔2025〕3号',
        source: ref('sources', 'gov-office'),
        issueDate: '2025-03-10',
        effectiveDate: '2025-04-01',
        expiryDate: '2030-03-31',
        validity: 'in_force',
        originalUrl: 'https://www.shanghai.gov.cn/nw12344/20250310/0a6f3c1d2b9e4f5a8c7d6e5f4a3b2c1d.html',
        topics: [ref('topics', 'entry-exit'), ref('topics', 'employment'), ref('topics', 'living')],
        fullText: richText(
          '各区人民政府，市政府各委、办、局：经市政府同意，现将《进一步便利外籍人员来沪工作生活的若干措施》印发给你们，请认真按照执行。',
          { heading: '进一步便利外籍人员来沪工作生活的若干措施' },
          {
            ordered: true,
            list: [
              '优化签证证件办理。外国人签证证件申请全面实行网上预约，签证延期、停留证件和居留许可申请材料齐全的，7个工作日内办结。',
              '推行外国人工作、居留“单一窗口”。外国人来华工作许可和工作类居留许可一窗受理、并联审批，材料齐全的7个工作日内一并办结。',
              '便利境外驾驶证换领。持有效境外驾驶证的外籍人员可在指定窗口申请换领中国驾驶证，理论考试提供多语种版本。',
              '提升支付便利。推动重点商圈、景区、酒店和交通场所受理境外银行卡，保障现金支付，优化移动支付绑定境外银行卡服务。',
              '加强多语种服务。通过上海国际服务门户和12345市民服务热线提供多语种政策咨询和办事指引。',
            ],
          },
          '本措施自2025年4月1日起施行，有效期至2030年3月31日。',
        ),
      },
      translations: {
        en: {
          title:
            "Notice of the General Office of Shanghai Municipal People's Government on Issuing the Measures to Make It Easier for Foreign Nationals to Work and Live in Shanghai",
          fullText: richText(
            "To the people's governments of all districts and all commissions, offices and bureaus of the municipal government: with the approval of the municipal government, the Measures to Make It Easier for Foreign Nationals to Work and Live in Shanghai are hereby issued to you. Please implement them conscientiously.",
            { heading: 'Measures to Make It Easier for Foreign Nationals to Work and Live in Shanghai' },
            {
              ordered: true,
              list: [
                'Simpler visa and permit procedures. All applications for visas and permits by foreign nationals are booked online; visa extensions, stay permits and residence permits are decided within 7 working days once the application is complete.',
                "A single window for foreigners' work and residence. The Foreigner's Work Permit and the residence permit for work are received at one counter and examined in parallel; a complete application for both is decided within 7 working days.",
                "Easier exchange of foreign driver's licences. Foreign nationals with a valid foreign driver's licence may apply for a Chinese licence at designated counters; the theory test is available in several languages.",
                'Easier payments. Major shopping areas, tourist sites, hotels and transport facilities are encouraged to accept foreign bank cards, cash payment is guaranteed, and linking foreign bank cards to mobile payment is made simpler.',
                'More services in foreign languages. International Services Shanghai and the 12345 Citizen Service Hotline give policy advice and service guidance in several languages.',
              ],
            },
            'These Measures take effect on 1 April 2025 and remain valid until 31 March 2030.',
          ),
        },
      },
    },
    {
      key: 'visa-facilitation-2025',
      data: {
        slug: 'visa-facilitation-2025',
        title: '上海市公安局关于优化外国人签证证件办理服务的通告',
        documentNumber: '沪公规〔2025〕2号',
        source: ref('sources', 'psb'),
        issueDate: '2025-06-20',
        effectiveDate: '2025-07-01',
        expiryDate: '2027-06-30',
        validity: 'in_force',
        originalUrl: 'https://gaj.sh.gov.cn/shga/wzXxfbGj/detail?pa=2025062001',
        topics: [ref('topics', 'visas'), ref('topics', 'residence')],
        fullText: richText(
          '为进一步便利在沪外国人办理签证证件，根据《中华人民共和国出境入境管理法》《中华人民共和国外国人入境出境管理条例》，现就有关事项通告如下：',
          {
            ordered: true,
            list: [
              '外国人申请签证延期、换发、补发以及停留证件、居留证件的，可通过“一网通办”平台或“随申办”App预约办理时间。',
              '持普通签证的外国人需要延长停留期的，应当在签证注明的停留期届满7日前提出申请。',
              '在宾馆以外的处所住宿的，应当在入住后24小时内由本人或者留宿人向居住地公安机关办理住宿登记，也可通过网上平台办理。',
              '申请材料齐全、符合法定形式的，出入境管理部门在7个工作日内作出决定；因紧急事由需要加急办理的，可以提出申请。',
              '咨询可拨打12367国家移民管理局服务热线或12345市民服务热线。',
            ],
          },
          '本通告自2025年7月1日起施行，有效期两年。',
        ),
      },
      translations: {
        en: {
          title: 'Notice of Shanghai Municipal Public Security Bureau on Improving Visa and Permit Services for Foreign Nationals',
          fullText: richText(
            'To make it easier for foreign nationals in Shanghai to obtain visas and permits, and in accordance with the Exit and Entry Administration Law of the People’s Republic of China and the Regulations on the Administration of the Entry and Exit of Foreigners, the following is announced:',
            {
              ordered: true,
              list: [
                'Foreign nationals applying to extend, renew or replace a visa, or for a stay permit or residence permit, may book an appointment through Government Online-Offline Shanghai or the Suishenban app.',
                'Holders of an ordinary visa who need to stay longer must apply at least 7 days before the permitted stay shown on the visa ends.',
                'Anyone staying somewhere other than a hotel must register, in person or through the host, with the local public security authority within 24 hours of arrival; registration can also be done online.',
                'When an application is complete and in the required form, the exit-entry authority decides within 7 working days; applicants with an urgent reason may ask for faster handling.',
                'For enquiries, call the 12367 National Immigration Administration service hotline or the 12345 Citizen Service Hotline.',
              ],
            },
            'This Notice takes effect on 1 July 2025 and is valid for two years.',
          ),
        },
      },
    },
    {
      key: 'permanent-residence-2024',
      data: {
        slug: 'permanent-residence-2024',
        title: '上海市公安局关于为外籍高层次人才申请在华永久居留提供便利的实施办法',
        documentNumber: '沪公规〔2024〕3号',
        source: ref('sources', 'psb'),
        issueDate: '2024-01-15',
        effectiveDate: '2024-02-15',
        expiryDate: '2029-02-14',
        validity: 'in_force',
        originalUrl: 'https://gaj.sh.gov.cn/shga/wzXxfbGj/detail?pa=2024011503',
        topics: [ref('topics', 'permanent-residence'), ref('topics', 'work-permits')],
        fullText: richText(
          { heading: '第一章 总则' },
          '为吸引和集聚外籍高层次人才，根据国家有关外国人永久居留的规定，结合本市实际，制定本办法。',
          { heading: '第二章 申请条件' },
          {
            ordered: true,
            list: [
              '经市科委、市人力资源社会保障局等部门认定的外籍高层次人才，可以由工作单位推荐直接申请在华永久居留。',
              '在沪连续工作满4年、每年实际居住不少于6个月，工资性年收入不低于上年度本市城镇单位就业人员平均工资的6倍，且年缴纳个人所得税不低于工资性年收入标准的20%的外籍人才，可以申请在华永久居留。',
              '申请人的外籍配偶和未满18周岁的外籍子女可以随同申请。',
            ],
          },
          { heading: '第三章 附则' },
          '本办法自2024年2月15日起施行，有效期5年。',
        ),
      },
      translations: {
        en: {
          title:
            'Implementing Measures of Shanghai Municipal Public Security Bureau to Help High-Level Foreign Talent Apply for Permanent Residence in China',
          fullText: richText(
            { heading: 'Chapter 1 General provisions' },
            'These Measures are adopted under the national rules on permanent residence of foreign nationals, in the light of the city’s circumstances, to attract and retain high-level foreign talent.',
            { heading: 'Chapter 2 Eligibility' },
            {
              ordered: true,
              list: [
                'High-level foreign talent recognised by the Science and Technology Commission of Shanghai Municipality, the Shanghai Municipal Human Resources and Social Security Bureau or other designated departments may apply for permanent residence directly on the recommendation of their employer.',
                'Foreign professionals who have worked in Shanghai for 4 consecutive years, lived here at least 6 months in each year, earned a salary of at least 6 times the previous year’s average wage of urban employees in Shanghai and paid individual income tax of at least 20% of that salary threshold each year may apply for permanent residence.',
                'The applicant’s foreign spouse and foreign children under 18 may apply together with the applicant.',
              ],
            },
            { heading: 'Chapter 3 Supplementary provisions' },
            'These Measures take effect on 15 February 2024 and are valid for 5 years.',
          ),
        },
      },
    },
    {
      key: 'tax-refund-pilot-2023',
      data: {
        slug: 'tax-refund-pilot-2023',
        title: '上海市商务委员会 国家税务总局上海市税务局关于开展离境退税“即买即退”试点工作的通知',
        documentNumber: '沪商规〔2023〕2号',
        source: ref('sources', 'commerce'),
        issueDate: '2023-03-01',
        effectiveDate: '2023-04-01',
        expiryDate: '2025-03-31',
        validity: 'expired',
        originalUrl: 'https://sww.sh.gov.cn/zcfg/20230301/3c9d7e1f5a2b4c6d8e0f1a2b3c4d5e6f.html',
        topics: [ref('topics', 'tax-refund')],
        fullText: richText(
          '为提升境外旅客购物体验，经研究，在南京路步行街、淮海中路、豫园等重点商圈开展离境退税“即买即退”试点。',
          {
            list: [
              '试点退税商店在境外旅客购物时，先行向其支付退税款，旅客离境时在口岸办理核验手续。',
              '单个旅客单次“即买即退”金额不超过1万元人民币。',
              '试点期限自2023年4月1日至2025年3月31日。',
            ],
          },
        ),
      },
      translations: {
        en: {
          title:
            'Notice of Shanghai Municipal Commission of Commerce and Shanghai Municipal Tax Service on Piloting Instant Departure Tax Refunds at the Point of Sale',
          fullText: richText(
            'To improve the shopping experience of overseas visitors, instant departure tax refunds at the point of sale are piloted in key shopping areas including Nanjing Road Pedestrian Street, Middle Huaihai Road and Yuyuan.',
            {
              list: [
                'Participating tax-refund stores pay the refund to overseas visitors when they buy; the visitor has the refund verified at the port when leaving China.',
                'The instant refund per visitor per purchase may not exceed RMB 10,000.',
                'The pilot runs from 1 April 2023 to 31 March 2025.',
              ],
            },
          ),
        },
      },
    },
    {
      key: 'tax-refund-2025',
      data: {
        slug: 'tax-refund-2025',
        title: '上海市商务委员会等关于进一步优化离境退税服务扩大入境消费的实施意见',
        documentNumber: '沪商规〔2025〕4号',
        source: ref('sources', 'commerce'),
        issueDate: '2025-05-15',
        effectiveDate: '2025-06-01',
        expiryDate: '2028-05-31',
        validity: 'in_force',
        originalUrl: 'https://sww.sh.gov.cn/zcfg/20250515/7e2a9b4c1d3f4e5a6b7c8d9e0f1a2b3c.html',
        topics: [ref('topics', 'tax-refund'), ref('topics', 'culture-tourism')],
        fullText: richText(
          '为落实国家关于进一步优化离境退税政策的部署，扩大入境消费，提出如下实施意见：',
          {
            ordered: true,
            list: [
              '境外旅客同日同店购买退税物品金额达到200元人民币的，可以申请离境退税。',
              '离境退税现金退付限额提高至2万元人民币，超过部分以银行转账方式退付。',
              '在全市重点商圈、旅游景区、文博场馆和酒店全面推广“即买即退”服务。',
              '扩大退税商店覆盖面，鼓励更多品牌店、老字号和文创商店成为退税商店。',
              '浦东、虹桥两大机场和邮轮口岸设置多语种离境退税服务点。',
            ],
          },
          '本意见自2025年6月1日起施行，有效期3年。',
        ),
      },
      translations: {
        en: {
          title:
            'Implementing Opinions of Shanghai Municipal Commission of Commerce and Other Departments on Further Improving Departure Tax Refund Services to Boost Inbound Consumption',
          fullText: richText(
            'To carry out the national decision to improve the departure tax refund policy and boost spending by inbound visitors, the following implementing opinions are issued:',
            {
              ordered: true,
              list: [
                'Overseas visitors who spend at least RMB 200 on eligible goods in the same store on the same day may claim a departure tax refund.',
                'The limit for refunds paid in cash is raised to RMB 20,000; any amount above it is paid by bank transfer.',
                'Instant tax refund at the point of sale is rolled out in major shopping areas, tourist sites, museums and hotels across the city.',
                'More shops become tax-refund stores, with brand stores, time-honoured brands and cultural and creative shops encouraged to join.',
                'Departure tax refund service points with multilingual staff are set up at Pudong and Hongqiao airports and the cruise terminals.',
              ],
            },
            'These Opinions take effect on 1 June 2025 and are valid for 3 years.',
          ),
        },
      },
    },
    {
      key: 'lingang-talent-2025',
      data: {
        slug: 'lingang-talent-2025',
        title: '中国（上海）自由贸易试验区临港新片区管理委员会关于支持境外人才在临港新片区工作生活的若干措施',
        documentNumber: '沪自贸临管规〔2025〕2号',
        source: ref('sources', 'lingang'),
        issueDate: '2025-02-18',
        effectiveDate: '2025-03-01',
        expiryDate: '2028-02-29',
        validity: 'in_force',
        originalUrl: 'https://www.lingang.gov.cn/html/website/lg/index/government/file/20250218.html',
        topics: [ref('topics', 'work-permits'), ref('topics', 'residence'), ref('topics', 'investment')],
        fullText: richText(
          '为集聚境外人才，建设国际人才高地，制定以下措施：',
          {
            ordered: true,
            list: [
              '新片区内企业聘用的外籍人才，工作许可和工作类居留许可在新片区服务窗口一窗受理、并联办理。',
              '外籍高层次人才可申请有效期最长5年的工作类居留许可；符合条件的可由管委会推荐申请在华永久居留。',
              '对在新片区工作的境外高端紧缺人才，按规定给予个人所得税税负差额补贴。',
              '境外人才可按规定申请入住人才公寓，享受租金优惠。',
              '允许具有境外职业资格的金融、建筑、规划、设计等领域专业人才经备案后在新片区提供服务。',
            ],
          },
          '本措施自2025年3月1日起施行，有效期至2028年2月29日。',
        ),
      },
      translations: {
        en: {
          title:
            'Measures of the Administrative Committee of Lingang Special Area of China (Shanghai) Pilot Free Trade Zone to Support International Talent Working and Living in the Lingang Special Area',
          fullText: richText(
            'To attract international talent and build a hub for it, the following measures are adopted:',
            {
              ordered: true,
              list: [
                'For foreign professionals hired by companies in the Special Area, the work permit and the residence permit for work are received at the Special Area’s service window and handled in parallel.',
                'High-level foreign talent may apply for a residence permit for work valid for up to 5 years; those who qualify may be recommended by the Administrative Committee for permanent residence in China.',
                'High-end and urgently needed international talent working in the Special Area receive a subsidy equal to the difference in individual income tax burden, as provided.',
                'International talent may apply for talent apartments at reduced rent, as provided.',
                'Professionals with foreign qualifications in finance, construction, planning, design and similar fields may provide services in the Special Area after filing.',
              ],
            },
            'These Measures take effect on 1 March 2025 and remain valid until 29 February 2028.',
          ),
        },
      },
    },
    {
      key: 'eastern-hub-access-2025',
      data: {
        slug: 'eastern-hub-access-2025',
        title: '上海市人民政府办公厅关于印发《上海东方枢纽国际商务合作区境外人员通行管理办法》的通知',
        documentNumber: '沪府办规〔2025〕12号',
        source: ref('sources', 'gov-office'),
        issueDate: '2025-07-29',
        effectiveDate: '2025-08-01',
        expiryDate: '2030-07-31',
        validity: 'in_force',
        originalUrl: 'https://www.shanghai.gov.cn/nw12344/20250729/5b8e2d7f9c1a4b3e8d6f0a2c4e6b8d0f.html',
        topics: [ref('topics', 'visas'), ref('topics', 'investment')],
        fullText: richText(
          { heading: '第一条 入区' },
          '搭乘国际（地区）航班自浦东国际机场入区的境外人员，持国际旅行证件和经商务合作区综合管理机构备案的有效邀请，经移民管理机构核查后入区，无需办理中国签证。',
          { heading: '第二条 邀请备案' },
          '国内邀请单位一般应当提前48小时通过综合服务平台办理邀请备案。',
          { heading: '第三条 停留' },
          '境外人员在区内开展商务活动可停留30天，并可根据合理事由申请延期。',
          { heading: '第四条 离区' },
          '境外人员经浦东国际机场搭乘国际（地区）航班离境的，可在区内联检区域办理值机、行李托运、安全检查和离境退税等手续；进入境内其他地区的，应当依法办理口岸签证等手续。',
        ),
      },
      translations: {
        en: {
          title:
            "Notice of the General Office of Shanghai Municipal People's Government on Issuing the Measures for Overseas Visitors' Access to the Shanghai Eastern Hub International Business Cooperation Zone",
          fullText: richText(
            { heading: 'Article 1 Entry' },
            'Overseas visitors arriving at Pudong International Airport on an international (or regional) flight enter the zone after the immigration authority checks their international travel document and a valid invitation filed with the zone’s management body; no Chinese visa is required.',
            { heading: 'Article 2 Filing invitations' },
            'The inviting organisation in China should normally file the invitation on the zone’s service platform at least 48 hours in advance.',
            { heading: 'Article 3 Stay' },
            'Overseas visitors may stay in the zone for 30 days for business activities and may apply for an extension with good reason.',
            { heading: 'Article 4 Leaving the zone' },
            'Visitors leaving on an international (or regional) flight from Pudong International Airport may check in, drop baggage, pass security and claim a departure tax refund in the zone’s joint inspection area; those entering other parts of China must obtain a port visa or complete other formalities as required by law.',
          ),
        },
      },
    },
    {
      key: 'social-insurance-2026',
      data: {
        slug: 'social-insurance-2026',
        title: '上海市人力资源和社会保障局关于在沪就业外国人参加社会保险有关事项的通知',
        documentNumber: '沪人社规〔2026〕5号',
        source: ref('sources', 'hrss'),
        issueDate: '2026-11-10',
        effectiveDate: '2027-01-01',
        expiryDate: '2031-12-31',
        validity: 'not_yet_effective',
        originalUrl: 'https://rsj.sh.gov.cn/tzcwj_17729/20261110/t0035_1421560.html',
        topics: [ref('topics', 'social-insurance'), ref('topics', 'employment')],
        fullText: richText(
          '各区人力资源社会保障局，各用人单位：为保障在沪就业外国人的社会保险权益，现就有关事项通知如下：',
          {
            ordered: true,
            list: [
              '依法获得外国人来华工作许可和工作类居留许可并与本市用人单位建立劳动关系的外国人，应当参加职工基本养老保险、职工基本医疗保险、工伤保险、失业保险和生育保险。',
              '与我国签订社会保险双边协定国家的外国人，按协定规定办理参保或免缴手续。',
              '外国人在达到法定领取条件前离开中国的，可以申请保留社会保险个人账户，也可以书面申请终止社会保险关系并一次性领取个人账户储存额。',
              '用人单位可通过“一网通办”平台为外籍员工办理参保登记。',
            ],
          },
          '本通知自2027年1月1日起施行，有效期至2031年12月31日。',
        ),
      },
      translations: {
        en: {
          title:
            'Notice of Shanghai Municipal Human Resources and Social Security Bureau on Social Insurance for Foreign Nationals Employed in Shanghai',
          fullText: richText(
            'To the human resources and social security bureaus of all districts and all employers: to protect the social insurance rights of foreign nationals employed in Shanghai, the following is notified:',
            {
              ordered: true,
              list: [
                "Foreign nationals who hold a Foreigner's Work Permit and a residence permit for work and are employed by an employer in Shanghai must join the basic pension insurance, basic medical insurance, work-injury insurance, unemployment insurance and maternity insurance for employees.",
                'Nationals of countries that have signed a bilateral social security agreement with China join or are exempted as the agreement provides.',
                'Foreign nationals who leave China before they qualify for benefits may keep their individual social insurance account, or apply in writing to end their insurance and receive the balance of their individual account in a lump sum.',
                'Employers can register foreign employees for social insurance through Government Online-Offline Shanghai.',
              ],
            },
            'This Notice takes effect on 1 January 2027 and remains valid until 31 December 2031.',
          ),
        },
      },
    },
  ],
}

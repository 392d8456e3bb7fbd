import { richText } from '../richText'
import type { SeedCollection } from '../types'

/** Key functional areas promoted to investors. English names follow the official glossary. */
export const zones: SeedCollection = {
  collection: 'zones',
  keyField: 'slug',
  docs: [
    {
      key: 'lingang',
      data: {
        slug: 'lingang',
        name: '临港新片区',
        summary:
          '中国（上海）自由贸易试验区临港新片区于2019年8月揭牌，是对标国际上公认竞争力最强自由贸易园区、实施更高水平开放的特殊经济功能区。',
        description: richText(
          { heading: '更高水平开放的试验田' },
          '临港新片区位于上海东南部，规划面积873平方公里，其中先行启动区约119.5平方公里。新片区以投资自由、贸易自由、资金自由、运输自由、人员从业自由为重点，推进制度型开放。',
          '新片区重点发展集成电路、人工智能、生物医药、民用航空、智能新能源汽车和高端装备制造等前沿产业，并依托洋山特殊综合保税区发展国际航运和跨境贸易。',
          { heading: '面向外籍人才的服务' },
          '新片区设有外国人工作、居留服务窗口，为区内企业聘用的外籍人才提供工作许可和居留许可“一窗受理、并联办理”，并在人才公寓、国际学校和国际医疗等方面提供配套服务。',
        ),
        highlights: [
          { text: '符合条件的重点产业企业自设立之日起5年内减按15%征收企业所得税' },
          { text: '洋山特殊综合保税区实行更加便利的货物进出管理' },
          { text: '外籍人才工作许可、居留许可一窗受理、并联办理' },
          { text: '滴水湖畔的国际社区、人才公寓和国际学校' },
        ],
        contact: {
          address: '上海市浦东新区申港大道200号',
          phone: '12345',
          website: 'https://www.lingang.gov.cn',
        },
      },
      translations: {
        en: {
          name: 'Lingang Special Area',
          summary:
            'Inaugurated in August 2019, the Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone is a special economic area benchmarked against the world’s most competitive free trade zones and open to the world at a higher level.',
          description: richText(
            { heading: 'A testing ground for higher-level opening up' },
            'The Lingang Special Area lies in the south-east of Shanghai and covers a planned 873 square kilometres, including a pilot area of about 119.5 square kilometres. It focuses on freedom of investment, trade, capital flows, transport and professional practice, and pursues institutional opening up.',
            'The area concentrates on frontier industries such as integrated circuits, artificial intelligence, biomedicine, civil aviation, smart new-energy vehicles and high-end equipment, and uses the Yangshan Special Comprehensive Bonded Zone to develop international shipping and cross-border trade.',
            { heading: 'Services for international talent' },
            'A service window for foreigners’ work and residence handles the work permit and the residence permit of foreign professionals hired by local companies together, at a single counter. Talent apartments, international schools and international medical services complete the offer.',
          ),
          highlights: [
            { text: 'Eligible companies in key industries pay corporate income tax at a reduced 15% for five years from establishment' },
            { text: 'More convenient movement of goods in the Yangshan Special Comprehensive Bonded Zone' },
            { text: 'Work and residence permits for foreign talent handled together at a single window' },
            { text: 'International community, talent apartments and international schools by Dishui Lake' },
          ],
          contact: { address: '200 Shengang Avenue, Pudong New Area, Shanghai' },
        },
        ja: {
          name: '臨港新片区',
          summary:
            '中国（上海）自由貿易試験区臨港新片区は2019年8月に発足した、国際的に最も競争力のある自由貿易区を目標に、より高い水準の開放を進める特殊経済機能区です。',
          description: richText(
            { heading: 'より高い水準の開放の実験場' },
            '臨港新片区は上海市の南東部に位置し、計画面積は873平方キロメートル、うち先行始動区は約119.5平方キロメートルです。投資・貿易・資金・輸送・人材就業の自由化を重点に、制度型開放を進めています。',
            '集積回路、人工知能、バイオ医薬、民間航空、スマート新エネルギー車、ハイエンド装備製造などの先端産業を重点的に発展させ、洋山特殊総合保税区を拠点に国際海運と越境貿易を展開しています。',
            { heading: '外国人材向けサービス' },
            '外国人の就労・居留サービス窓口では、区内企業が採用する外国人材の就労許可と居留許可を一つの窓口でまとめて受け付けます。人材向けアパート、インターナショナルスクール、国際医療などのサービスも整っています。',
          ),
          highlights: [
            { text: '条件を満たす重点産業の企業は設立から5年間、企業所得税を15%に軽減' },
            { text: '洋山特殊総合保税区でより便利な貨物の出入管理' },
            { text: '外国人材の就労許可と居留許可をワンストップ窓口で同時処理' },
            { text: '滴水湖畔の国際コミュニティ、人材アパート、インターナショナルスクール' },
          ],
          contact: { address: '上海市浦東新区申港大道200号' },
        },
        ko: {
          name: '린강신구역',
          summary:
            '중국(상하이)자유무역시험구 린강신구역은 2019년 8월 출범했으며, 국제적으로 경쟁력이 가장 강한 자유무역지대를 벤치마킹하여 더 높은 수준의 개방을 추진하는 특수 경제 기능구입니다.',
          description: richText(
            { heading: '더 높은 수준의 개방을 위한 시험장' },
            '린강신구역은 상하이 남동부에 위치하며 계획 면적은 873㎢, 그중 선행 착수 구역은 약 119.5㎢입니다. 투자·무역·자금·운송·인력 취업의 자유화를 중심으로 제도적 개방을 추진합니다.',
            '집적회로, 인공지능, 바이오의약, 민간항공, 스마트 신에너지차, 첨단 장비 제조 등 첨단 산업을 중점 육성하며, 양산 특수종합보세구를 기반으로 국제 해운과 국경 간 무역을 발전시키고 있습니다.',
            { heading: '외국인 인재를 위한 서비스' },
            '외국인 취업·거류 서비스 창구에서는 구역 내 기업이 채용한 외국인 인재의 취업허가와 거류허가를 한 창구에서 함께 처리합니다. 인재 아파트, 국제학교, 국제 의료 서비스도 갖추고 있습니다.',
          ),
          highlights: [
            { text: '요건을 충족하는 중점 산업 기업은 설립일로부터 5년간 기업소득세 15% 경감 세율 적용' },
            { text: '양산 특수종합보세구의 더욱 편리한 화물 출입 관리' },
            { text: '외국인 인재의 취업허가·거류허가 원스톱 창구 동시 처리' },
            { text: '디수이호 주변의 국제 커뮤니티, 인재 아파트와 국제학교' },
          ],
          contact: { address: '상하이시 푸둥신구 선강대로 200호' },
        },
        ar: {
          name: 'منطقة لينغانغ الخاصة',
          summary:
            'افتُتحت منطقة لينغانغ الخاصة التابعة لمنطقة التجارة الحرة التجريبية الصينية (شانغهاي) في أغسطس 2019، وهي منطقة اقتصادية خاصة تتخذ من أكثر مناطق التجارة الحرة تنافسية في العالم معيارًا لها، وتنفتح على العالم بمستوى أعلى.',
          description: richText(
            { heading: 'ميدان تجارب للانفتاح على مستوى أعلى' },
            'تقع منطقة لينغانغ الخاصة في جنوب شرق شانغهاي، وتبلغ مساحتها المخططة 873 كيلومترًا مربعًا، منها منطقة انطلاق تجريبية تبلغ نحو 119.5 كيلومترًا مربعًا. وتركز المنطقة على حرية الاستثمار والتجارة وتدفق رؤوس الأموال والنقل وممارسة المهن، وتمضي في الانفتاح المؤسسي.',
            'تطوّر المنطقة صناعات رائدة مثل الدوائر المتكاملة والذكاء الاصطناعي والطب الحيوي والطيران المدني والمركبات الذكية العاملة بالطاقة الجديدة والمعدات المتطورة، وتعتمد على منطقة يانغشان الخاصة الشاملة المعفاة من الرسوم الجمركية لتنمية الشحن الدولي والتجارة العابرة للحدود.',
            { heading: 'خدمات للكفاءات الأجنبية' },
            'تعالج نافذة خدمات عمل الأجانب وإقامتهم تصريح العمل وتصريح الإقامة للكفاءات الأجنبية التي توظفها الشركات المحلية معًا عبر شبّاك واحد، وتتوفر أيضًا شقق للكفاءات ومدارس دولية وخدمات طبية دولية.',
          ),
          highlights: [
            { text: 'تخضع الشركات المؤهلة في الصناعات الرئيسية لضريبة دخل الشركات بنسبة مخفضة قدرها 15% لمدة خمس سنوات من تاريخ التأسيس' },
            { text: 'إجراءات أيسر لدخول البضائع وخروجها في منطقة يانغشان الخاصة الشاملة المعفاة من الرسوم الجمركية' },
            { text: 'معالجة تصريحي العمل والإقامة للكفاءات الأجنبية معًا عبر شبّاك واحد' },
            { text: 'مجتمع دولي وشقق للكفاءات ومدارس دولية على ضفاف بحيرة ديشوي' },
          ],
          contact: { address: 'رقم 200 جادة شنغانغ، منطقة بودونغ الجديدة، شانغهاي' },
        },
      },
    },
    {
      key: 'hongqiao',
      data: {
        slug: 'hongqiao',
        name: '虹桥国际中央商务区',
        summary:
          '虹桥国际中央商务区总面积约151.4平方公里，依托虹桥综合交通枢纽和国家会展中心（上海），打造联通国际、辐射长三角的国际化中央商务区和国际贸易中心新平台。',
        description: richText(
          { heading: '长三角的国际门户' },
          '虹桥国际中央商务区横跨闵行、长宁、青浦、嘉定四区。区内的虹桥综合交通枢纽集机场、高铁、地铁于一体，一小时可达长三角主要城市。',
          '国家会展中心（上海）是中国国际进口博览会的永久举办地。商务区着力发展总部经济、会展经济、数字贸易和高端商务服务，吸引跨国公司地区总部和贸易型总部集聚。',
          { heading: '营商服务' },
          '商务区为外资企业提供项目落地、人才引进和政策咨询等“一站式”服务，并推动与长三角各城市的政务服务跨省通办。',
        ),
        highlights: [
          { text: '虹桥综合交通枢纽：机场、高铁、地铁无缝衔接' },
          { text: '中国国际进口博览会永久举办地' },
          { text: '跨国公司地区总部和贸易型总部集聚' },
          { text: '服务长三角一体化的政务服务跨省通办' },
        ],
        contact: {
          address: '上海市闵行区申长路虹桥商务区核心区',
          phone: '12345',
        },
      },
      translations: {
        en: {
          name: 'Hongqiao International Central Business District',
          summary:
            'Covering about 151.4 square kilometres, the Hongqiao International Central Business District builds on the Hongqiao transport hub and the National Exhibition and Convention Center (Shanghai) to serve as an international business district connected to the world and to the whole Yangtze River Delta.',
          description: richText(
            { heading: 'The Yangtze River Delta’s international gateway' },
            'The district spans the Minhang, Changning, Qingpu and Jiading districts. The Hongqiao transport hub brings together an airport, high-speed rail and the metro, putting the main cities of the Yangtze River Delta within an hour’s reach.',
            'The National Exhibition and Convention Center (Shanghai) is the permanent home of the China International Import Expo. The district develops headquarters, exhibitions, digital trade and high-end business services, and attracts regional and trading headquarters of multinational companies.',
            { heading: 'Business services' },
            'Foreign-invested companies get one-stop help with setting up projects, recruiting talent and understanding policies, and many government services can be handled across provincial borders throughout the Yangtze River Delta.',
          ),
          highlights: [
            { text: 'Hongqiao transport hub: seamless links between airport, high-speed rail and metro' },
            { text: 'Permanent venue of the China International Import Expo' },
            { text: 'A cluster of regional and trading headquarters of multinational companies' },
            { text: 'Government services handled across provincial borders in the Yangtze River Delta' },
          ],
          contact: { address: 'Core area of the Hongqiao Business District, Shenchang Road, Minhang District, Shanghai' },
        },
        ar: {
          name: 'منطقة هونغتشياو الدولية للأعمال المركزية',
          summary:
            'تمتد منطقة هونغتشياو الدولية للأعمال المركزية على نحو 151.4 كيلومترًا مربعًا، وتستند إلى مركز هونغتشياو للنقل والمركز الوطني للمعارض والمؤتمرات (شانغهاي) لتكون منطقة أعمال دولية متصلة بالعالم وبمنطقة دلتا نهر اليانغتسي بأكملها.',
          description: richText(
            { heading: 'البوابة الدولية لدلتا نهر اليانغتسي' },
            'تمتد المنطقة عبر أحياء مينهانغ وتشانغنينغ وتشينغبو وجيادينغ. ويجمع مركز هونغتشياو للنقل بين المطار والقطارات فائقة السرعة والمترو، مما يجعل المدن الرئيسية في دلتا نهر اليانغتسي على بعد ساعة واحدة.',
            'المركز الوطني للمعارض والمؤتمرات (شانغهاي) هو المقر الدائم لمعرض الصين الدولي للاستيراد. وتعمل المنطقة على تطوير اقتصاد المقرات والمعارض والتجارة الرقمية وخدمات الأعمال الراقية، وتستقطب المقرات الإقليمية والتجارية للشركات متعددة الجنسيات.',
            { heading: 'خدمات الأعمال' },
            'تحصل الشركات ذات الاستثمار الأجنبي على خدمة شاملة لإطلاق المشاريع واستقطاب الكفاءات وفهم السياسات، كما يمكن إنجاز كثير من الخدمات الحكومية عبر حدود المقاطعات في أنحاء دلتا نهر اليانغتسي.',
          ),
          highlights: [
            { text: 'مركز هونغتشياو للنقل: ربط سلس بين المطار والقطارات فائقة السرعة والمترو' },
            { text: 'المقر الدائم لمعرض الصين الدولي للاستيراد' },
            { text: 'تجمّع للمقرات الإقليمية والتجارية للشركات متعددة الجنسيات' },
            { text: 'خدمات حكومية تُنجز عبر حدود المقاطعات في دلتا نهر اليانغتسي' },
          ],
          contact: { address: 'المنطقة الأساسية لحي هونغتشياو للأعمال، طريق شنتشانغ، حي مينهانغ، شانغهاي' },
        },
      },
    },
    {
      key: 'eastern-hub',
      data: {
        slug: 'eastern-hub',
        name: '东方枢纽国际商务合作区',
        summary:
          '东方枢纽国际商务合作区紧邻浦东国际机场和上海东站，规划面积约0.88平方公里，是2024年2月经国务院批复设立的特殊类型区域，以便利国际商务交流为核心功能。',
        description: richText(
          { heading: '免签入区的商务交流平台' },
          '搭乘国际（地区）航班经浦东国际机场入区的境外人员，持国际旅行证件和经综合管理机构备案的有效邀请，经移民管理机构核查后即可入区，无需办理中国签证。邀请单位一般应提前48小时通过综合服务平台备案。',
          '境外人员在区内开展商务会见、商务洽谈、会议会展、培训等活动可停留30天，并可根据合理事由申请延期；离区时可在区内联检区域办理国际航班值机、行李托运、安全检查和离境退税等手续。',
        ),
        highlights: [
          { text: '持有效邀请经浦东国际机场入区，无需办理中国签证' },
          { text: '区内停留30天，可根据合理事由申请延期' },
          { text: '区内即可办理值机、行李托运和离境退税' },
          { text: '服务高端国际会展、商务洽谈和专业培训' },
        ],
        contact: {
          address: '上海市浦东新区浦东国际机场西侧、上海东站北侧',
          phone: '12345',
          website: 'https://www.pudong.gov.cn',
        },
      },
      translations: {
        en: {
          name: 'Eastern Hub International Business Cooperation Zone',
          summary:
            'Next to Pudong International Airport and Shanghai East Railway Station, the Eastern Hub International Business Cooperation Zone covers a planned 0.88 square kilometres. Approved by the State Council in February 2024, it is a special type of area whose core purpose is to make international business exchanges easy.',
          description: richText(
            { heading: 'A visa-free platform for business exchange' },
            'Overseas visitors who arrive at Pudong International Airport on an international (or regional) flight can enter the zone without a Chinese visa: they show an international travel document and a valid invitation filed with the zone’s management body, and the immigration authority checks them in. The inviting organisation normally files the invitation at least 48 hours in advance on the zone’s service platform.',
            'Visitors may stay in the zone for 30 days for business meetings, negotiations, conferences, exhibitions and training, and may apply for an extension with good reason. On leaving, they can check in for international flights, drop their luggage, pass security and claim a departure tax refund inside the zone’s joint inspection area.',
          ),
          highlights: [
            { text: 'Enter via Pudong International Airport with a valid invitation, no Chinese visa needed' },
            { text: 'Stay 30 days in the zone, extendable with good reason' },
            { text: 'Check-in, baggage drop and departure tax refund inside the zone' },
            { text: 'A venue for high-end international exhibitions, business talks and professional training' },
          ],
          contact: { address: 'West of Pudong International Airport and north of Shanghai East Railway Station, Pudong New Area, Shanghai' },
        },
        ja: {
          name: '東方ハブ国際ビジネス協力区',
          summary:
            '東方ハブ国際ビジネス協力区は浦東国際空港と上海東駅に隣接し、計画面積は約0.88平方キロメートルです。2024年2月に国務院の承認を受けて設置された特殊なタイプの区域で、国際ビジネス交流の利便化を中核機能としています。',
          description: richText(
            { heading: 'ビザなしで入区できるビジネス交流の場' },
            '国際線（地域線）で浦東国際空港に到着した外国人は、国際旅行証明書と総合管理機関に届け出た有効な招へい状を所持していれば、出入国管理機関の確認を経て、中国のビザなしで入区できます。招へい機関は原則として48時間前までに総合サービスプラットフォームで届け出ます。',
            '区内では商談、ビジネス交渉、会議・展示会、研修などの活動のために30日間滞在でき、合理的な理由があれば延長を申請できます。出区の際は区内の合同検査エリアで国際線のチェックイン、手荷物預け、保安検査、出国時免税還付の手続きができます。',
          ),
          highlights: [
            { text: '有効な招へい状があれば浦東国際空港から入区でき、中国のビザは不要' },
            { text: '区内に30日間滞在可能、合理的な理由があれば延長可' },
            { text: 'チェックイン、手荷物預け、免税還付を区内で完結' },
            { text: 'ハイエンドの国際展示会、商談、専門研修の拠点' },
          ],
          contact: { address: '上海市浦東新区 浦東国際空港西側・上海東駅北側' },
        },
      },
    },
    {
      key: 'lujiazui',
      data: {
        slug: 'lujiazui',
        name: '浦东新区陆家嘴金融城',
        summary:
          '陆家嘴金融城位于浦东新区黄浦江畔，是上海国际金融中心的核心承载区，集聚了证券、期货、保险、资产管理等各类持牌金融机构和跨国公司地区总部。',
        description: richText(
          { heading: '国际金融中心核心区' },
          '陆家嘴金融城汇集上海证券交易所、上海期货交易所等要素市场和众多中外资金融机构，每年举办的陆家嘴论坛是国际金融界重要的交流平台。',
          '金融城为外资金融机构提供设立咨询、人才服务和国际化生活配套，并与中国（上海）自由贸易试验区的金融开放政策联动。',
        ),
        highlights: [
          { text: '证券、期货、黄金等国家级要素市场集聚' },
          { text: '外资资产管理、保险和银行机构集中落户' },
          { text: '陆家嘴论坛等国际金融交流平台' },
        ],
        contact: { address: '上海市浦东新区陆家嘴', phone: '12345', website: 'https://www.pudong.gov.cn' },
      },
      translations: {
        en: {
          name: 'Lujiazui Financial City, Pudong New Area',
          summary:
            'On the bank of the Huangpu River in Pudong New Area, Lujiazui Financial City is the heart of Shanghai as an international financial centre, home to licensed securities, futures, insurance and asset-management firms and to regional headquarters of multinational companies.',
          description: richText(
            { heading: 'The core of the international financial centre' },
            'Lujiazui brings together markets such as the Shanghai Stock Exchange and the Shanghai Futures Exchange and a large number of Chinese and foreign financial institutions. The annual Lujiazui Forum is a major meeting place for the international financial community.',
            'The Financial City helps foreign financial institutions with setting up, recruiting talent and settling in, in step with the financial opening-up policies of the China (Shanghai) Pilot Free Trade Zone.',
          ),
          highlights: [
            { text: 'National markets for securities, futures and gold in one place' },
            { text: 'A concentration of foreign asset managers, insurers and banks' },
            { text: 'International financial dialogue such as the Lujiazui Forum' },
          ],
          contact: { address: 'Lujiazui, Pudong New Area, Shanghai' },
        },
      },
    },
    {
      key: 'zhangjiang',
      data: {
        slug: 'zhangjiang',
        name: '张江科学城',
        summary:
          '张江科学城位于浦东新区中部，是上海建设具有全球影响力的科技创新中心的核心承载区，集聚了大科学设施、国家实验室和集成电路、生物医药、人工智能三大先导产业。',
        description: richText(
          { heading: '大科学设施与先导产业' },
          '张江拥有上海光源等一批国家重大科技基础设施，以及众多高校、科研院所和研发中心，形成了从基础研究到产业化的完整创新链。',
          '集成电路、生物医药和人工智能企业在这里集聚发展。科学城为外籍科学家和研发人员提供人才公寓、国际学校和外籍高层次人才永久居留推荐等服务。',
        ),
        highlights: [
          { text: '上海光源等国家重大科技基础设施集群' },
          { text: '集成电路、生物医药、人工智能三大先导产业' },
          { text: '外籍高层次人才永久居留推荐和人才公寓' },
        ],
        contact: { address: '上海市浦东新区张江镇', phone: '12345', website: 'https://www.pudong.gov.cn' },
      },
      translations: {
        en: {
          name: 'Zhangjiang Science City',
          summary:
            'In the middle of Pudong New Area, Zhangjiang Science City is the core of Shanghai’s ambition to become a sci-tech innovation centre with global influence, with large research facilities, national laboratories and three leading industries: integrated circuits, biomedicine and artificial intelligence.',
          description: richText(
            { heading: 'Large research facilities and leading industries' },
            'Zhangjiang hosts major national research facilities such as the Shanghai Synchrotron Radiation Facility, together with universities, research institutes and corporate R&D centres, forming a full chain from basic research to industry.',
            'Companies in integrated circuits, biomedicine and artificial intelligence cluster here. The Science City offers foreign scientists and researchers talent apartments, international schools and recommendations for permanent residence for high-level foreign talent.',
          ),
          highlights: [
            { text: 'A cluster of major national research facilities such as the Shanghai Synchrotron Radiation Facility' },
            { text: 'Three leading industries: integrated circuits, biomedicine and artificial intelligence' },
            { text: 'Permanent-residence recommendations and apartments for high-level foreign talent' },
          ],
          contact: { address: 'Zhangjiang Town, Pudong New Area, Shanghai' },
        },
      },
    },
    {
      key: 'yrd-demo-zone',
      data: {
        slug: 'yrd-demo-zone',
        name: '长三角生态绿色一体化发展示范区',
        summary:
          '长三角生态绿色一体化发展示范区于2019年11月揭牌，范围包括上海市青浦区、江苏省苏州市吴江区和浙江省嘉兴市嘉善县，面积约2413平方公里。',
        description: richText(
          { heading: '跨省域一体化制度创新' },
          '示范区在不打破行政隶属关系的前提下，探索规划管理、生态保护、土地管理、要素流动和公共服务等方面的一体化制度创新。',
          '企业在示范区内可享受跨省通办的政务服务，外籍人员可在三地之间便利地办理工作和生活事务。',
        ),
        highlights: [
          { text: '横跨沪苏浙两省一市' },
          { text: '生态优先、绿色发展的水乡客厅' },
          { text: '政务服务跨省通办' },
        ],
        contact: { address: '上海市青浦区', phone: '12345' },
      },
      translations: {
        en: {
          name: 'Demonstration Zone of Green and Integrated Ecological Development of the Yangtze River Delta',
          summary:
            'Launched in November 2019, the Demonstration Zone of Green and Integrated Ecological Development of the Yangtze River Delta covers about 2,413 square kilometres across Qingpu District in Shanghai, Wujiang District of Suzhou in Jiangsu Province and Jiashan County of Jiaxing in Zhejiang Province.',
          description: richText(
            { heading: 'Integration across provincial borders' },
            'Without changing administrative boundaries, the zone tests joint approaches to planning, environmental protection, land management, the flow of resources and public services.',
            'Companies in the zone can use government services across provincial borders, and foreign residents can handle work and daily-life matters easily in all three areas.',
          ),
          highlights: [
            { text: 'Spans Shanghai, Jiangsu and Zhejiang' },
            { text: 'A green, ecology-first “water town living room”' },
            { text: 'Government services handled across provincial borders' },
          ],
          contact: { address: 'Qingpu District, Shanghai' },
        },
      },
    },
  ],
}
